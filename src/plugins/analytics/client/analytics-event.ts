// The body of one event, and the privacy rules it follows: the page address
// without its query or fragment (they can hold a search or an anchor a
// reader typed), and no value longer than a short phrase.

/** The events the handbook sends, and nothing else. */
export type AnalyticsEventName = 'Page helpful' | 'Search: no result' | 'Search: result chosen';

export type AnalyticsEvent = { name: AnalyticsEventName; url: string; domain: string; props: Record<string, string> };

/** Longest property value sent: enough for a search query, too short for a pasted paragraph. */
export const MAX_PROP_LENGTH = 100;

export function analyticsEvent(
  name: AnalyticsEventName,
  href: string,
  domain: string,
  props: Record<string, string>,
): AnalyticsEvent {
  const url = new URL(href);
  return {
    name,
    url: `${url.origin}${url.pathname}`,
    domain,
    props: Object.fromEntries(
      Object.entries(props).map(([key, value]) => [key, Array.from(value.trim()).slice(0, MAX_PROP_LENGTH).join('')]),
    ),
  };
}
