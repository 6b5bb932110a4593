// Asks another site whether a URL still answers, politely: undici's Agent
// keeps at most `perHost` connections to each origin (so a page with fifty
// links to one site never sends that site more than a few requests at a
// time), its RetryAgent re-sends a request after an error, a timeout or a
// 5xx with exponential back-off, and after a 429 waits as long as the
// site's Retry-After says. Redirects are followed here, one hop at a time,
// so the report can say whether a link moved for good.
// Why undici and not a link-checker package: design/external-link-check.md.
import { Agent, RetryAgent, errors, request } from 'undici';

export type CheckOptions = {
  /** Milliseconds to wait for a connection, the response headers, or the next piece of the body. */
  timeoutMs: number;
  /** How many times a request is sent again after an error, a timeout, a 5xx or a 429. */
  retries: number;
  /** Connections (so requests at a time) to one origin. */
  perHost: number;
  /** The first back-off in milliseconds; it doubles on each retry. */
  backoffMs: number;
  /** The longest Retry-After we wait for; a site asking for longer is reported as "retry later". */
  maxRetryAfterMs: number;
  userAgent: string;
};

type Hop = { status: number; to: string };

/** What one URL answered. It is what the cache keeps, so it holds no functions or errors. */
export type UrlAnswer = {
  url: string;
  /** The last HTTP status, or null when no answer came (`error` says why). */
  status: number | null;
  /** The redirects followed, in order. */
  redirects: Hop[];
  /** 'timeout', 'too many redirects', 'bad redirect' (a Location that is no URL), or a network error code such as ECONNREFUSED. */
  error?: string;
  retries: number;
  /** Set when the site answered 429 and asked to wait longer than maxRetryAfterMs. */
  retryAfterSeconds?: number;
};

const MAX_REDIRECTS = 5;
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);
const RETRIED_CODES = new Set([
  ...TIMEOUT_CODES,
  'ECONNRESET',
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EPIPE',
  'UND_ERR_SOCKET',
]);
const RETRIED_STATUSES = [429, 500, 502, 503, 504];

/** Milliseconds a Retry-After header asks for: delay-seconds or an HTTP-date. */
export function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The URL, or undefined when the text is none (a link written wrong, a broken Location header). */
export function parseUrl(text: string, base?: URL): URL | undefined {
  try {
    return new URL(text, base);
  } catch {
    return undefined;
  }
}

type RetryError = Error & { code?: string; statusCode?: number; headers?: Record<string, string | string[]> };

export type UrlChecker = { check(url: string): Promise<UrlAnswer>; close(): Promise<void> };

export function createUrlChecker(options: CheckOptions): UrlChecker {
  // Per request, keyed by origin + path: the retries made and a Retry-After we would not wait for.
  const retriesOf = new Map<string, number>();
  const refusedWaitOf = new Map<string, number>();

  const agent = new Agent({
    connections: options.perHost,
    connectTimeout: options.timeoutMs,
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
  });
  const dispatcher = new RetryAgent(agent, {
    maxRetries: options.retries,
    statusCodes: RETRIED_STATUSES,
    errorCodes: [...RETRIED_CODES],
    // undici's own policy caps a long Retry-After and retries early; this one
    // keeps the site's wait or gives up, and counts the retries for the report.
    retry(error, { state, opts }, done) {
      const { statusCode, code, headers } = error as RetryError;
      const key = `${new URL(String(opts.origin)).origin}${opts.path}`;
      const retryable =
        statusCode !== undefined ? RETRIED_STATUSES.includes(statusCode) : RETRIED_CODES.has(code ?? '');
      if (!retryable || state.counter > options.retries) return done(error);
      // Retry-After comes with a 429, and sometimes with a 503 for maintenance.
      const asked = retryAfterMs(headers?.['retry-after']);
      if (asked !== undefined && asked > options.maxRetryAfterMs) {
        refusedWaitOf.set(key, Math.ceil(asked / 1000));
        return done(error);
      }
      retriesOf.set(key, (retriesOf.get(key) ?? 0) + 1);
      setTimeout(() => done(null), asked ?? options.backoffMs * 2 ** (state.counter - 1));
    },
  });

  async function fetchOnce(url: URL): Promise<{ status: number; location?: string; retries: number }> {
    const key = `${url.origin}${url.pathname}${url.search}`;
    try {
      const response = await request(url, {
        method: 'GET',
        dispatcher,
        headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
      });
      // Only the status matters: drop the body without reading a large page.
      await response.body.dump();
      const location = response.headers.location;
      return {
        status: response.statusCode,
        location: Array.isArray(location) ? location[0] : location,
        retries: retriesOf.get(key) ?? 0,
      };
    } catch (error) {
      const { statusCode } = error as RetryError;
      // Retries used up on a 5xx or 429: undici gives up with an error that carries the status.
      if (error instanceof errors.RequestRetryError && statusCode !== undefined) {
        return { status: statusCode, retries: retriesOf.get(key) ?? 0 };
      }
      throw Object.assign(error as Error, { retries: retriesOf.get(key) ?? 0 });
    } finally {
      retriesOf.delete(key);
    }
  }

  async function check(url: string): Promise<UrlAnswer> {
    const redirects: Hop[] = [];
    let retries = 0;
    let current = new URL(url);
    for (;;) {
      let answer: Awaited<ReturnType<typeof fetchOnce>>;
      try {
        answer = await fetchOnce(current);
      } catch (error) {
        const { code } = error as RetryError;
        const why = code !== undefined && TIMEOUT_CODES.has(code) ? 'timeout' : (code ?? (error as Error).message);
        return {
          url,
          status: null,
          redirects,
          error: why,
          retries: retries + ((error as { retries?: number }).retries ?? 0),
        };
      }
      retries += answer.retries;
      const refused = refusedWaitOf.get(`${current.origin}${current.pathname}${current.search}`);
      if (answer.status >= 300 && answer.status < 400 && answer.location !== undefined) {
        if (redirects.length === MAX_REDIRECTS) {
          return { url, status: answer.status, redirects, error: 'too many redirects', retries };
        }
        const next = parseUrl(answer.location, current);
        if (next === undefined) return { url, status: answer.status, redirects, error: 'bad redirect', retries };
        current = next;
        redirects.push({ status: answer.status, to: current.href });
        continue;
      }
      return {
        url,
        status: answer.status,
        redirects,
        retries,
        ...(refused !== undefined ? { retryAfterSeconds: refused } : {}),
      };
    }
  }

  return { check, close: () => dispatcher.close() };
}
