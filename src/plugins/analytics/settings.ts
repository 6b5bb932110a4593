// HANDBOOK_ANALYTICS_URL, read once when the config loads: unset means no
// analytics at all; a malformed value stops the build with one line naming
// the variable, before anything is written (design/optional-analytics.md).
const ANALYTICS_ENV = 'HANDBOOK_ANALYTICS_URL';

export type AnalyticsSettings = {
  /** Where events are POSTed, e.g. https://plausible.example.com/api/event. */
  endpoint: string;
  /** The endpoint's origin: the one source the CSP's connect-src gains. */
  origin: string;
};

/** The analytics endpoint from the environment, null when unset; throws a one-line message when malformed. */
export function readAnalyticsSettings(env: Record<string, string | undefined> = process.env): AnalyticsSettings | null {
  const value = env[ANALYTICS_ENV]?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `${ANALYTICS_ENV}: "${value}" is not a URL; set it to the collector's event endpoint, e.g. https://plausible.example.com/api/event, or unset it`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(
      `${ANALYTICS_ENV}: "${value}" is not an http or https URL; set it to the collector's event endpoint, e.g. https://plausible.example.com/api/event, or unset it`,
    );
  }
  if (url.username || url.password) {
    throw new Error(
      `${ANALYTICS_ENV}: the URL carries a user name or password, which every reader's browser would receive; remove them`,
    );
  }
  return { endpoint: url.toString(), origin: url.origin };
}
