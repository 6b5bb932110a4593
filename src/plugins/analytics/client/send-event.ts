// Sends one event to the collector as Plausible's Events API takes it:
// POST {name, url, domain, props}. Only ever imported behind a test of
// process.env.HANDBOOK_ANALYTICS_ENDPOINT (see ../index.ts), so a build
// without analytics holds none of this. What is sent, and what never is, is
// decided in design/optional-analytics.md.
import { analyticsEvent, type AnalyticsEventName } from './analytics-event.ts';

/** A reader who asked not to be tracked (Do Not Track or Global Privacy Control) sends nothing. */
function readerOptedOut(): boolean {
  const { doNotTrack, globalPrivacyControl } = navigator as Navigator & { globalPrivacyControl?: boolean };
  return doNotTrack === '1' || globalPrivacyControl === true;
}

/**
 * `href`: the page the event happened on, read by the caller before anything
 * navigates (this module loads a moment later, by which time a chosen result
 * may already be showing).
 */
export function sendEvent(name: AnalyticsEventName, props: Record<string, string>, href: string): void {
  const endpoint = process.env.HANDBOOK_ANALYTICS_ENDPOINT;
  if (!endpoint || readerOptedOut()) return;
  const body = analyticsEvent(name, href, process.env.HANDBOOK_ANALYTICS_DOMAIN ?? '', props);
  // text/plain keeps it a simple request (no CORS preflight), as Plausible's own script sends it;
  // no credentials, so no cookie goes either way; keepalive lets it finish when a click navigates away.
  void fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain' },
    body: JSON.stringify(body),
    credentials: 'omit',
    keepalive: true,
    referrerPolicy: 'no-referrer',
  }).catch(() => {
    // A collector that is down costs the reader nothing.
  });
}
