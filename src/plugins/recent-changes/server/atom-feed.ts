import type { PageChange } from '../shared/types.ts';

export type FeedOptions = {
  title: string;
  /** Absolute URL of the site root, e.g. https://handbook.example.com/ */
  siteUrl: string;
  /** Absolute URL of the HTML page the feed mirrors. */
  pageUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** When the feed was generated; the newest change's date when there are changes. */
  updated: string;
};

function escapeXml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[char]};`,
  );
}

/** An Atom 1.0 feed (RFC 4287) of page changes, one entry per change. */
export function atomFeed(changes: readonly PageChange[], options: FeedOptions): string {
  const absolute = (path: string) => new URL(path, options.siteUrl).toString();
  const entries = changes.map((change) => {
    const link = absolute(change.url);
    // Each change of a page is its own entry: the id names the page and the version.
    const id = `${link}#${change.commit ?? `uncommitted-${change.date}`}`;
    return [
      '  <entry>',
      `    <title>${escapeXml(change.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `    <id>${escapeXml(id)}</id>`,
      `    <updated>${change.date}</updated>`,
      `    <summary>${escapeXml(change.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(options.title)}</title>`,
    `  <id>${escapeXml(options.pageUrl)}</id>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(options.pageUrl)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(options.feedUrl)}"/>`,
    `  <updated>${changes[0]?.date ?? options.updated}</updated>`,
    `  <author><name>${escapeXml(options.title)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
