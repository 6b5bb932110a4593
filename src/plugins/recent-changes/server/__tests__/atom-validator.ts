// A strict reading of an Atom feed for the tests: parsed by a real XML parser
// (@xmldom/xmldom, which stops at the first well-formedness error) and then
// held to RFC 4287's rules for the elements we write. No well-kept Atom
// validator is published on npm, so the rules are spelled out here, each one
// a problem message naming the element.
import { DOMParser, onWarningStopParsing, type Element } from '@xmldom/xmldom';

const ATOM = 'http://www.w3.org/2005/Atom';
/** RFC 3339 date-time, as RFC 4287 section 3.3 requires. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function children(element: Element, name: string): Element[] {
  return Array.from(element.childNodes).filter(
    (node): node is Element =>
      node.nodeType === 1 && (node as Element).namespaceURI === ATOM && (node as Element).localName === name,
  );
}

function isIri(value: string): boolean {
  try {
    return new URL(value).protocol !== '';
  } catch {
    return false;
  }
}

/** RFC 4287's required elements of a feed or an entry: one id (an IRI), one title, one updated (RFC 3339). */
function metadataProblems(element: Element, where: string): string[] {
  const problems: string[] = [];
  for (const name of ['id', 'title', 'updated']) {
    const found = children(element, name);
    if (found.length !== 1) problems.push(`${where}: ${found.length} atom:${name} elements; exactly one is required`);
  }
  const id = children(element, 'id')[0]?.textContent ?? '';
  if (children(element, 'id').length === 1 && !isIri(id)) problems.push(`${where}: atom:id "${id}" is not an IRI`);
  const updated = children(element, 'updated')[0]?.textContent ?? '';
  if (children(element, 'updated').length === 1 && !DATE_TIME.test(updated)) {
    problems.push(`${where}: atom:updated "${updated}" is not an RFC 3339 date-time`);
  }
  for (const author of children(element, 'author')) {
    if (children(author, 'name').length !== 1) problems.push(`${where}: atom:author needs exactly one atom:name`);
  }
  const alternates = new Set<string>();
  for (const link of children(element, 'link')) {
    const href = link.getAttribute('href');
    if (!href) problems.push(`${where}: atom:link without href`);
    const rel = link.getAttribute('rel') ?? 'alternate';
    if (rel === 'alternate') {
      const key = `${link.getAttribute('type') ?? ''} ${link.getAttribute('hreflang') ?? ''}`;
      if (alternates.has(key)) problems.push(`${where}: two alternate links with the same type and hreflang`);
      alternates.add(key);
    }
  }
  return problems;
}

/**
 * Every problem RFC 4287 would have with the feed; [] for a valid one.
 * Throws when the text is not well-formed XML.
 */
export function atomProblems(xml: string): string[] {
  // The parser lets these through; XML 1.0 (section 2.2) does not.
  // eslint-disable-next-line no-control-regex
  const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.exec(xml);
  if (forbidden)
    throw new Error(`character U+${forbidden[0].charCodeAt(0).toString(16).padStart(4, '0')} is not allowed in XML`);
  const document = new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, 'application/xml');
  const feed = document.documentElement;
  if (!feed || feed.namespaceURI !== ATOM || feed.localName !== 'feed') {
    return ['the root element is not atom:feed'];
  }
  const problems = metadataProblems(feed, 'feed');
  if (!children(feed, 'link').some((link) => link.getAttribute('rel') === 'self')) {
    problems.push('feed: no atom:link rel="self" (RFC 4287 says a feed SHOULD have one)');
  }
  const entries = children(feed, 'entry');
  // RFC 4287 4.1.1: a feed has an author unless every entry has its own.
  if (children(feed, 'author').length === 0 && entries.some((entry) => children(entry, 'author').length === 0)) {
    problems.push('feed: no atom:author, and not every entry has one');
  }
  const ids = new Set<string>();
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    problems.push(...metadataProblems(entry, where));
    // RFC 4287 4.1.2: an entry without content links to its alternate version.
    const hasAlternate = children(entry, 'link').some(
      (link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate',
    );
    if (children(entry, 'content').length === 0 && !hasAlternate) {
      problems.push(`${where}: no atom:content and no alternate link`);
    }
    const id = children(entry, 'id')[0]?.textContent ?? '';
    if (ids.has(id)) problems.push(`${where}: atom:id "${id}" is used by an earlier entry`);
    ids.add(id);
  });
  return problems;
}

/** Every absolute http(s) URL in the feed's attributes and text, except the Atom namespace name. */
export function absoluteUrls(xml: string): string[] {
  return [...xml.matchAll(/https?:\/\/[^\s<>"'&]+/g)].map(([url]) => url).filter((url) => url !== ATOM);
}
