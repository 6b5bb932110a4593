import type { PageChange } from '../shared/types.ts';

export type FeedOptions = {
  title: string;
  /** Absolute URL of the site root, e.g. https://handbook.example.com/ */
  siteUrl: string;
  /** Absolute URL of the HTML page the feed mirrors. */
  pageUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** The feed's permanent id; the page's URL when not given. */
  id?: string;
  /** When the feed was generated; the newest change's date when there are changes. */
  updated: string;
};

/** Characters XML 1.0 forbids anywhere in a document (C0 controls but tab and line breaks, lone surrogates, U+FFFE/F): dropped. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/[<>&'"]/g, (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[char]};`);
}

const ABSOLUTE_URL = /\bhttps?:\/\/[^\s<>"']+/gi;

/**
 * Text with every absolute URL of another host written without its scheme
 * (`example.com/page`): a feed names no address but the site's own, so a
 * commit summary that quotes a link cannot make feed readers fetch or link it.
 */
function withoutForeignUrls(text: string, siteUrl: string): string {
  const site = new URL(siteUrl).origin;
  return text.replace(ABSOLUTE_URL, (url) => {
    try {
      if (new URL(url).origin === site) return url;
    } catch {
      // Not a URL after all: drop its scheme as well.
    }
    return url.replace(/^https?:\/\//i, '');
  });
}

/** An Atom 1.0 feed (RFC 4287) of page changes, one entry per change. */
export function atomFeed(changes: readonly PageChange[], options: FeedOptions): string {
  const absolute = (path: string) => new URL(path, options.siteUrl).toString();
  const text = (value: string) => escapeXml(withoutForeignUrls(value, options.siteUrl));
  const entries = changes.map((change) => {
    const link = absolute(change.url);
    // Each change of a page is its own entry: the id names the page and the version.
    const id = `${link}#${change.commit ?? `uncommitted-${change.date}`}`;
    return [
      '  <entry>',
      `    <title>${text(change.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `    <id>${escapeXml(id)}</id>`,
      `    <updated>${change.date}</updated>`,
      `    <summary>${text(change.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${text(options.title)}</title>`,
    `  <id>${escapeXml(options.id ?? options.pageUrl)}</id>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(options.pageUrl)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(options.feedUrl)}"/>`,
    `  <updated>${changes[0]?.date ?? options.updated}</updated>`,
    `  <author><name>${text(options.title)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
