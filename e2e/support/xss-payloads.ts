// Payloads that try to run script through every way text reaches a page.
// Tags are closed: an unclosed raw tag swallows the rest of a Markdown page,
// which the build already refuses (its headings' anchors go missing).
// Each one, if it ever ran, would call alert() with its number, so a dialog
// or the canary names the payload that got through.
const ZWSP = '\u200b';

export const XSS_PAYLOADS: readonly string[] = [
  `<script>alert(1)</script>`,
  `<img src=x onerror=alert(2)>`,
  `"><svg onload=alert(3)></svg>`,
  `</mark><script>alert(4)</script>`,
  `javascript:alert(5)`,
  `<a href="javascript:alert(6)">six</a>`,
  `&lt;script&gt;alert(7)&lt;/script&gt;`,
  `<scr${ZWSP}ipt>alert(8)</scr${ZWSP}ipt>`,
  `<iframe src="javascript:alert(9)"></iframe>`,
  `<body onload=alert(10)>`,
  `<details open ontoggle=alert(11)></details>`,
  `<input autofocus onfocus=alert(12)>`,
  `'-alert(13)-'`,
  `{{constructor.constructor('alert(14)')()}}`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(15)></style></mglyph></table></mtext></math>`,
  `<svg><animate onbegin=alert(16) attributeName=x dur=1s></animate></svg>`,
  `<a href="&#106;avascript:alert(17)">seventeen</a>`,
  `<div style="background:url(javascript:alert(18))"></div>`,
  `<object data="javascript:alert(19)"></object>`,
  `<embed src="javascript:alert(20)">`,
  `\\u003cscript\\u003ealert(21)\\u003c/script\\u003e`,
  `<marquee onstart=alert(22)></marquee>`,
  `<img src="x" o${ZWSP}nerror=alert(23)>`,
  `%3Cscript%3Ealert(24)%3C/script%3E`,
];

/** A handbook page that stores payloads in its title, description, headings, body, code and raw HTML. */
export function hostilePage(): string {
  const quoted = (text: string) => JSON.stringify(text);
  return [
    '---',
    `title: ${quoted(`Zyxquor payload page <img src=x onerror=alert(101)>`)}`,
    `description: ${quoted(`Zyxquor description "><script>alert(102)</script>`)}`,
    'tags: [reference]',
    'owner: handbook-maintainers',
    'last_reviewed: 2026-11-25',
    '---',
    '',
    ...XSS_PAYLOADS.flatMap((payload, index) => [
      `## Zyxquor heading ${index + 1} ${payload}`,
      '',
      `Zyxquor body ${index + 1}: ${payload}`,
      '',
      '```html',
      payload,
      '```',
      '',
    ]),
    // A diagram is drawn into the page at build time: its labels are contributor text too.
    '## Zyxquor diagram',
    '',
    '```mermaid',
    'flowchart LR',
    '  accTitle: Zyxquor diagram <script>alert(201)</script>',
    '  accDescr: Zyxquor <img src=x onerror=alert(202)>',
    '  a["<script>alert(203)</script>"] --> b["<img src=x onerror=alert(204)>"]',
    '  b --> c["<svg onload=alert(205)>"]',
    '  click c href "javascript:alert(206)"',
    '```',
    '',
  ].join('\n');
}

/**
 * Text a reader types, selects or searches for that ends up in a prefilled
 * issue URL: quotes, markup, newlines, right-to-left marks and sheer length.
 */
export const ISSUE_TEXT_PAYLOADS: readonly string[] = [
  `He said "stop" and 'go' <b>&amp; & <script>alert(201)</script>`,
  `line one\nline two\r\n<img src=x onerror=alert(202)>`,
  `\u202Eevil\u202C \u200Fשלום\u200F & <svg onload=alert(203)>`,
  `${'long & <x> '.repeat(500)}`.slice(0, 5000),
  ...XSS_PAYLOADS,
];
