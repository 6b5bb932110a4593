// The site's security headers, built from the inline scripts the build really
// wrote. Docusaurus writes a few inline <script> elements into every page (the
// colour-mode initialiser, for one); a Content-Security-Policy that allows
// exactly their SHA-256 hashes keeps 'unsafe-inline' out of script-src, so a
// script that slipped into a page by any other way does not run.
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

import { cacheRules, type CacheScope } from './cache-control.ts';

/** Script types a browser executes; anything else (JSON-LD, templates) is a data block. */
const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

function scriptsInFragment(fragment: string): string[] {
  const scripts: string[] = [];
  let current: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const type = (attributes.type ?? '').trim().toLowerCase();
        if (name === 'script' && attributes.src === undefined && EXECUTABLE_TYPES.has(type)) current = '';
      },
      ontext(text) {
        if (current !== null) current += text;
      },
      onclosetag(name) {
        if (name === 'script' && current !== null) {
          scripts.push(current);
          current = null;
        }
      },
    },
    { decodeEntities: false },
  );
  parser.write(fragment);
  parser.end();
  return scripts;
}

const SCRIPT_BYTES = Buffer.from('script', 'latin1');
/** `<sc` in its four letter cases: rare in a page, where `<s` alone starts every span and svg. */
const OPENINGS = ['<sc', '<sC', '<Sc', '<SC'].map((opening) => Buffer.from(opening, 'latin1'));
const CLOSE = Buffer.from('</', 'latin1');
/** HTML whitespace: tab, line feed, form feed, carriage return, space. */
const WHITESPACE = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x20]);
/** Bytes that end a tag name: whitespace, `/` and `>`. */
const TAG_NAME_ENDS = new Set([...WHITESPACE, 0x2f, 0x3e]);

/** True when the bytes at `at` spell `script` in any letter case (HTML tag names ignore case). */
function spellsScript(page: Buffer, at: number): boolean {
  // OR-ing 0x20 lower-cases an ASCII letter, and only S or s becomes s.
  for (let index = 0; index < SCRIPT_BYTES.length; index++) {
    if (((page[at + index] ?? 0) | 0x20) !== SCRIPT_BYTES[index]) return false;
  }
  return true;
}

/** Offsets of every `<script` start tag in the page, in order. */
function scriptOpenings(page: Buffer): number[] {
  const found: number[] = [];
  for (const opening of OPENINGS) {
    for (let at = page.indexOf(opening); at !== -1; at = page.indexOf(opening, at + 3)) {
      if (spellsScript(page, at + 1) && TAG_NAME_ENDS.has(page[at + 7] ?? 0)) found.push(at);
    }
  }
  return found.sort((a, b) => a - b);
}

/** Offset just past the next `</script>` (any case, spaces before `>`) after `from`, or the end of the page. */
function afterScriptClose(page: Buffer, from: number): number {
  for (let at = page.indexOf(CLOSE, from); at !== -1; at = page.indexOf(CLOSE, at + 2)) {
    if (!spellsScript(page, at + 2)) continue;
    let end = at + 8;
    while (WHITESPACE.has(page[end] ?? 0)) end++;
    if (page[end] === 0x3e) return end + 1;
  }
  return page.length;
}

/**
 * The bodies of the inline scripts a browser would execute in this page,
 * given as its bytes and returned read as latin1 (hash them with
 * `sha256Source(body, 'latin1')`, which covers the original bytes).
 * Only the stretches from each `<script` to its `</script>` are decoded and
 * go through the HTML parser: a page is mostly sidebar and prose, and
 * decoding or parsing all of it cost seconds of a 2,000-page build
 * (design/security-headers.md). Cutting at the literal tag is safe for the pages React writes, which
 * escape `<` in text and attribute values; a `<script` inside an HTML
 * comment would at worst add one unused hash.
 */
export function inlineScripts(page: Buffer): string[] {
  const scripts: string[] = [];
  let stop = 0;
  for (const start of scriptOpenings(page)) {
    // A `<script` inside the previous script's text belongs to that script.
    if (start < stop) continue;
    stop = afterScriptClose(page, start + 7);
    scripts.push(...scriptsInFragment(page.toString('latin1', start, stop)));
  }
  return scripts;
}

/** The CSP source for a script body; pass 'latin1' when the body is bytes read as latin1, so the hash covers them as they were. */
export function sha256Source(script: string, encoding: 'utf8' | 'latin1' = 'utf8'): string {
  return `'sha256-${createHash('sha256').update(script, encoding).digest('base64')}'`;
}

export type PolicyOptions = {
  /** CSP sources ('sha256-…') of the inline scripts to allow. */
  scriptHashes: readonly string[];
  /** Extra origins the page may fetch from (Algolia, when it is configured). */
  connectOrigins?: readonly string[];
  /** Headers every response carries besides the security headers (X-Robots-Tag on a private site). */
  extraHeaders?: readonly (readonly [string, string])[];
  /** 'private' keeps shared caches (CDNs, company proxies) from storing pages that sit behind a sign-in. */
  cacheScope?: CacheScope;
};

export function contentSecurityPolicy({ scriptHashes, connectOrigins = [] }: PolicyOptions): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...scriptHashes],
    // React and the theme set style attributes; styles cannot run script.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'", ...connectOrigins],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['frame-ancestors', "'none'"],
    ['form-action', "'self'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/**
 * Headers every response carries (Cache-Control varies by path and is set
 * apart, in cacheRules). Every server config is written from this one list.
 */
export function responseHeaders(options: PolicyOptions): [string, string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(options)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    [
      'Permissions-Policy',
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
    ],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['X-Frame-Options', 'DENY'],
    ...(options.extraHeaders ?? []).map(([name, value]): [string, string] => [name, value]),
  ];
}

/** The `_headers` file read by static hosts such as Netlify and Cloudflare Pages. */
export function headersFile(options: PolicyOptions): string {
  const { immutable, revalidate } = cacheRules(options.cacheScope);
  const lines = ['/*', ...responseHeaders(options).map(([name, value]) => `  ${name}: ${value}`)];
  // Static hosts send no Cache-Control of their own only on a public site; a private one says so everywhere.
  if (options.cacheScope === 'private') lines.push(`  Cache-Control: ${revalidate}`);
  lines.push('', '/assets/*', `  Cache-Control: ${immutable}`, '');
  return lines.join('\n');
}

/** Types every server compresses besides HTML (which nginx always compresses). */
export const COMPRESSED_TYPES = [
  'text/css',
  'application/javascript',
  'application/json',
  'image/svg+xml',
  'application/xml',
  'text/xml',
  'application/rss+xml',
  'application/atom+xml',
  'text/plain',
  'text/markdown',
];

/** Deployment files every server refuses to serve (they are not pages), as one regex alternation. */
export const DEPLOYMENT_FILES_PATTERN = '^/_(headers|redirects|nginx\\.conf|apache-oidc\\.conf)$';

export type NginxOptions = PolicyOptions & {
  /** Absolute path of the built site on the server. */
  root: string;
  listen: string;
  /** Extra `location` blocks, e.g. the redirects' 301s. */
  locations?: readonly string[];
  /** Server-level lines that gate every request (auth_basic, auth_request), already indented by nothing. */
  accessLines?: readonly string[];
};

/**
 * A server block (with the map it needs) for nginx's http context, e.g.
 * /etc/nginx/conf.d/handbook.conf. All headers are set at server level with
 * `always`, so they also reach 404s, and no location adds its own (nginx
 * drops inherited add_header lines in a location that has any).
 */
export function nginxConfig({ root, listen, locations = [], accessLines = [], ...policy }: NginxOptions): string {
  const extraLocations = locations.map((block) => `${block.replace(/^/gm, '    ')}\n\n`).join('');
  const access = accessLines.map((line) => (line === '' ? '\n' : `    ${line}\n`)).join('');
  const { pattern, immutable, revalidate } = cacheRules(policy.cacheScope);
  const headers = responseHeaders(policy)
    .map(([name, value]) => `    add_header ${name} "${value}" always;`)
    .join('\n');
  return `# Generated by src/plugins/security-headers at build time: do not edit by hand.
# Regenerate with "npm run build"; see README.md, "Deploying".

map $uri $handbook_cache_control {
    "~${pattern}" "${immutable}";
    default "${revalidate}";
}

server {
    listen ${listen};
    server_name _;
    root ${root};
    index index.html;
    server_tokens off;

    gzip on;
    gzip_vary on;
    gzip_min_length 256;
    gzip_types ${COMPRESSED_TYPES.join(' ')};

${headers}
    add_header Cache-Control $handbook_cache_control always;
    # Behind HTTPS, also send (see README.md, "Deploying"):
    # add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;

    error_page 404 /404.html;
${access}
    # Deployment files are not pages.
    location ~ ${DEPLOYMENT_FILES_PATTERN} {
        return 404;
    }

${extraLocations}    # The Markdown copies and llms.txt are UTF-8 text; nginx's mime.types has
    # no type for .md and no charset for .txt. These set no header of their own.
    location ~ \\.md$ {
        types { }
        default_type "text/markdown; charset=utf-8";
    }
    location ~ \\.txt$ {
        types { }
        default_type "text/plain; charset=utf-8";
    }

    location / {
        try_files $uri $uri.html $uri/index.html =404;
    }
}
`;
}
