import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';

import { contentSecurityPolicy, headersFile, inlineScripts, nginxConfig, sha256Source } from '../policy.ts';

describe('inlineScripts', () => {
  test.each([
    ['<script>a()</script>', ['a()']],
    ['<script type="text/javascript">b()</script>', ['b()']],
    ['<script type="module">c()</script>', ['c()']],
    ['<script src="/x.js"></script>', []],
    ['<script type="application/ld+json">{"@type":"x"}</script>', []],
    ['<script>1 &amp;&amp; 2 < 3</script>', ['1 &amp;&amp; 2 < 3']],
    ['<p>no script</p>', []],
    ['<script>a()</script><div><script>b()</script></div>', ['a()', 'b()']],
    ['<SCRIPT>upper()</SCRIPT >', ['upper()']],
    ['<script\ndata-x="a>b">multi()</script>', ['multi()']],
    ['<scripted-element>no()</scripted-element>', []],
    ['<p title="&lt;script&gt;x()">text</p><script>y()</script>', ['y()']],
    ['<script>unclosed()', ['unclosed()']],
    ['<Script\tdefer>tab()</sCrIpT\n>', ['tab()']],
    ['<script>a()</scripts></script>', ['a()</scripts>']],
    ['<s<S<script>late()</script><S', ['late()']],
    ['<script', []],
    ['<script>var s = "<script>";</script><script>b()</script>', ['var s = "<script>";', 'b()']],
  ])('%s → %j', (html, expected) => {
    expect(inlineScripts(Buffer.from(html))).toEqual(expected);
  });
});

describe('sha256Source', () => {
  test('is the CSP source form of the base64 SHA-256 of the exact script text', () => {
    const digest = createHash('sha256').update('alert(1)').digest('base64');
    expect(sha256Source('alert(1)')).toBe(`'sha256-${digest}'`);
  });
});

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy({ scriptHashes: ["'sha256-abc='"], connectOrigins: ['https://x.algolia.net'] });
  const directive = (name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `));

  test.each([
    ['default-src', "default-src 'self'"],
    ['script-src', "script-src 'self' 'sha256-abc='"],
    ['object-src', "object-src 'none'"],
    ['base-uri', "base-uri 'self'"],
    ['frame-ancestors', "frame-ancestors 'none'"],
    ['form-action', "form-action 'self'"],
    ['connect-src', "connect-src 'self' https://x.algolia.net"],
  ])('%s', (name, expected) => {
    expect(directive(name)).toBe(expected);
  });

  test('never allows inline or eval script', () => {
    expect(directive('script-src')).not.toMatch(/unsafe/);
  });
});

describe('host configurations', () => {
  const options = { scriptHashes: ["'sha256-abc='"] };

  test('_headers sets the policy for every path and a year of caching for hashed assets', () => {
    const file = headersFile(options);
    expect(file).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc='/);
    expect(file).toContain('/assets/*\n  Cache-Control: public, max-age=31536000, immutable');
  });

  test('nginx sets every header at server level, always, and answers 404 with the 404 page', () => {
    const conf = nginxConfig({ ...options, root: '/srv/site', listen: '8080' });
    expect(conf).toContain('root /srv/site;');
    expect(conf).toContain('listen 8080;');
    expect(conf).toContain(`add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-abc='`);
    expect(conf).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(conf).toContain('error_page 404 /404.html;');
    expect(conf.match(/add_header/g)?.length).toBeGreaterThanOrEqual(7);
    // A location with its own add_header would silently drop the server's headers.
    const locations = conf.split('\n    location ').slice(1);
    expect(locations).toHaveLength(4);
    expect(locations.every((block) => !block.includes('add_header'))).toBe(true);
  });

  test('nginx sends the Markdown copies and llms.txt as UTF-8 text', () => {
    const conf = nginxConfig({ ...options, root: '/srv/site', listen: '8080' });
    expect(conf).toMatch(/location ~ \\.md\$ \{\n\s+types \{ \}\n\s+default_type "text\/markdown; charset=utf-8";/);
    expect(conf).toMatch(/location ~ \\.txt\$ \{\n\s+types \{ \}\n\s+default_type "text\/plain; charset=utf-8";/);
  });
});
