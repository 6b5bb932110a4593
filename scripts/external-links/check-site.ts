// The whole check: find the outside links of every page, ask each URL once
// (or take the answer from the last day's cache), and judge the answers
// per page owner.
import { readOwners } from '../../src/content/schema.ts';
import { readSourcePages } from '../check-content/pages.ts';
import { createUrlChecker, parseUrl, type CheckOptions, type UrlAnswer } from './check-url.ts';
import { findExternalLinks } from './find-links.ts';
import { buildReport, type LinkReport } from './report.ts';
import { openAnswerCache } from './result-cache.ts';

export type SiteCheckOptions = CheckOptions & {
  siteDir: string;
  useCache: boolean;
  /** The clock, in milliseconds: tests move it to age the cache. */
  now?: number;
};

/** The URL as sent: a fragment stays in the browser, so links differing only there are asked once. */
function requestUrl(url: string): string {
  const parsed = parseUrl(url);
  if (parsed === undefined) return url;
  parsed.hash = '';
  return parsed.href;
}

export async function checkSiteLinks(options: SiteCheckOptions): Promise<LinkReport> {
  const { siteDir } = options;
  const owners = readOwners(siteDir);
  const links = findExternalLinks(readSourcePages(siteDir));
  const urls = [...new Set(links.map((link) => requestUrl(link.url)))];

  const cache = options.useCache ? openAnswerCache(siteDir, options.now ?? Date.now()) : undefined;
  const answers = new Map<string, UrlAnswer>();
  let fromCache = 0;
  for (const url of urls) {
    const cached = cache?.get(url);
    if (cached) {
      answers.set(url, cached);
      fromCache++;
    }
  }

  // Every request starts at once; the agent holds each origin to `perHost` at a time.
  const checker = createUrlChecker(options);
  try {
    await Promise.all(
      urls
        .filter((url) => !answers.has(url))
        .map(async (url) => {
          const answer: UrlAnswer =
            parseUrl(url) === undefined
              ? { url, status: null, redirects: [], error: 'invalid URL', retries: 0 }
              : await checker.check(url);
          answers.set(url, answer);
          cache?.set(url, answer);
        }),
    );
  } finally {
    await checker.close();
  }
  cache?.save();

  const answerOf = (url: string): UrlAnswer => {
    const answer = answers.get(requestUrl(url));
    if (!answer) throw new Error(`${url} was never checked`);
    return answer;
  };
  return buildReport(links, answerOf, owners, { urls: urls.length, fromCache });
}
