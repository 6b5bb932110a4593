import { describe, expect, it } from 'vitest';

import {
  anchorName,
  contentsAnchors,
  printEditionHtml,
  withPageNumbers,
  type PacketPage,
} from '../server/print-edition.ts';

const site = {
  title: 'Engineering Culture Handbook',
  tagline: 'How the team works',
  siteUrl: 'https://handbook.example.com',
  baseUrl: '/handbook/',
  builtOn: 'December 2, 2026',
  commit: 'abc1234',
  stylesheets: ['/handbook/assets/css/styles.1.css'],
  icon: '/handbook/img/favicon.svg',
};

/** A built page as the build writes it: site chrome around an article whose body has class "markdown". */
function builtPage(body: string, extra = ''): string {
  return `<!doctype html><html><head><title>x</title></head><body><nav class=navbar><a href=/handbook/>Home</a></nav><main><article>${extra}<div class="theme-doc-markdown markdown"><header><h1>Old title</h1></header>${body}</div><footer><a href=/handbook/docs/tags/x>tag</a></footer></article></main></body></html>`;
}

const pages: PacketPage[] = [
  {
    kind: 'doc',
    permalink: '/handbook/docs/start-here',
    title: 'Start here',
    html: builtPage(
      '<p>Read <a href=/handbook/docs/culture/deck#values>the values</a>, <a href=#path>the path</a>, <a href=/handbook/recent-changes>changes</a> and <a href=https://example.org/x target=_blank>elsewhere</a>.</p><h2 id=path>Path<a class=hash-link href=#path>#</a></h2><button type=button>Copy</button>',
    ),
  },
  {
    kind: 'doc',
    permalink: '/handbook/docs/culture/deck',
    title: 'The culture deck',
    html: builtPage(
      '<p>A <a aria-describedby=glossary-tip-sre class=glossary-term href=/handbook/docs/culture/deck>term</a><span class=glossary-term__tip id=glossary-tip-sre role=tooltip>definition</span></p><h2 id=values>Values</h2><figure><svg id=diagram-1-light aria-labelledby=t1><title id=t1>A diagram</title><path marker-end="url(#diagram-1-light_arrow)"/></svg></figure>',
    ),
  },
  {
    kind: 'blog',
    permalink: '/handbook/blog/2017/05/16/retro',
    title: 'Three years',
    html: `<html><body><article><header><h1>Three years</h1></header><div class=sourceCredit data-source-credit=""><p>Based on a post</p></div><div id=__blog-post-container class=markdown><p>Back to <a href=/handbook/docs/start-here>start</a>.</p></div></article></body></html>`,
  },
];

describe('the print edition', () => {
  const html = printEditionHtml(site, pages);

  it('has a cover, then contents listing every page in order, then each page under its own title', () => {
    expect(html).toContain('<h1>Engineering Culture Handbook</h1>');
    expect(html).toContain('Built on December 2, 2026 from commit abc1234');
    expect(contentsAnchors(html)).toEqual(['docs-start-here', 'docs-culture-deck', 'blog-2017-05-16-retro']);
    const titles = [...html.matchAll(/<section class="packet-page" id="([^"]+)"[^>]*><h1[^>]*>([^<]+)<\/h1>/g)].map(
      (m) => [m[1], m[2]],
    );
    expect(titles).toEqual([
      ['docs-start-here', 'Start here'],
      ['docs-culture-deck', 'The culture deck'],
      ['blog-2017-05-16-retro', 'Three years'],
    ]);
    expect(html).toContain('Blog: Three years');
    expect(html).not.toContain('Old title');
  });

  it('keeps the site chrome, controls and heading permalinks out', () => {
    expect(html).not.toContain('navbar');
    expect(html).not.toContain('<button');
    expect(html).not.toContain('hash-link');
    expect(html).not.toContain('tags/x');
    expect(html).toContain('<link rel="stylesheet" href="/handbook/assets/css/styles.1.css">');
    expect(html).toContain('<link rel="icon" href="/handbook/img/favicon.svg">');
    expect(html).toContain('<meta name="print-packet:base-url" content="/handbook/">');
  });

  it('turns links between packet pages into links inside the document, and others into the site’s addresses', () => {
    expect(html).toContain('<a href="#docs-culture-deck--values">the values</a>');
    expect(html).toContain('<a href="#docs-start-here--path">the path</a>');
    expect(html).toContain('<a href="https://handbook.example.com/handbook/recent-changes">changes</a>');
    expect(html).toContain('<a href="https://example.org/x">elsewhere</a>');
    expect(html).toContain('<a href="#docs-start-here">start</a>');
  });

  it('names every id after its page, so the links land, but leaves a diagram’s own ids alone', () => {
    expect(html).toContain('<h2 id="docs-start-here--path">');
    expect(html).toContain('<h2 id="docs-culture-deck--values">');
    expect(html).toContain('<svg id="diagram-1-light" aria-labelledby="t1"><title id="t1">');
    expect(html).toContain('url(#diagram-1-light_arrow)');
  });

  it('drops the glossary’s hover tips and the references to them, keeping the term’s link', () => {
    expect(html).not.toContain('definition');
    expect(html).not.toContain('aria-describedby');
    expect(html).toContain('<a class="glossary-term" href="#docs-culture-deck">term</a>');
  });

  it('keeps a blog post’s source credit', () => {
    expect(html).toMatch(
      /<h1 id="blog-2017-05-16-retro--title">Three years<\/h1><div class="sourceCredit" data-source-credit=""><p>Based on a post/,
    );
  });

  it('fills in the contents’ page numbers', () => {
    const numbered = withPageNumbers(
      html,
      new Map([
        ['docs-start-here', 3],
        ['docs-culture-deck', 5],
        ['blog-2017-05-16-retro', 9],
      ]),
    );
    const numbers = [...numbered.matchAll(/data-page-of="([^"]+)">(\d+)</g)].map((m) => [m[1], Number(m[2])]);
    expect(numbers).toEqual([
      ['docs-start-here', 3],
      ['docs-culture-deck', 5],
      ['blog-2017-05-16-retro', 9],
    ]);
    expect(withPageNumbers(numbered, new Map([['docs-start-here', 4]]))).toContain('data-page-of="docs-start-here">4<');
  });

  it('takes each page’s HTML once, in packet order, so a page can be read from disk when its turn comes', () => {
    const reads: string[] = [];
    const lazy = pages.map((page): PacketPage => ({
      ...page,
      get html() {
        reads.push(page.permalink);
        return page.html;
      },
    }));
    expect(printEditionHtml(site, lazy)).toBe(printEditionHtml(site, pages));
    expect(reads).toEqual(pages.map((page) => page.permalink));
  });

  it('takes a page’s body from its <main>, not from the sidebar or anything else around it', () => {
    const page: PacketPage = {
      kind: 'doc',
      permalink: '/handbook/docs/start-here',
      title: 'Start here',
      html: '<html><body><aside><div class=markdown><p>Sidebar link list</p></div></aside><main><article><div class=markdown><p>The body text</p></div></article></main><footer>Footer</footer></body></html>',
    };
    const html = printEditionHtml(site, [page]);
    expect(html).toContain('The body text');
    expect(html).not.toContain('Sidebar link list');
    expect(html).not.toContain('Footer');
  });

  it('copies the rest of a page’s markup as it was built: end tags it leaves out, self-closing SVG, entities', () => {
    const page: PacketPage = {
      kind: 'doc',
      permalink: '/handbook/docs/start-here',
      title: 'Start here',
      html: builtPage(
        '<ul><li>one<li>two</ul><p title="a&amp;b">x &lt; y<figure><svg viewBox="0 0 2 2"><path d=M0 /><text>label</text></svg></figure><p><a href=/handbook/>home</a> then more',
      ),
    };
    const html = printEditionHtml(site, [page]);
    expect(html).toContain('<ul><li>one<li>two</ul><p title="a&amp;b">x &lt; y<figure>');
    expect(html).toContain('<svg viewBox="0 0 2 2"><path d="M0"/><text>label</text></svg>');
    // An unquoted address ending in a slash is not a self-closing tag.
    expect(html).toContain('<a href="https://handbook.example.com/handbook/">home</a> then more</section>');
  });

  it('names a built page without a Markdown body', () => {
    const broken: PacketPage = {
      kind: 'doc',
      permalink: '/handbook/docs/start-here',
      title: 'Start here',
      html: '<html><body><main>nothing</main></body></html>',
    };
    expect(() => printEditionHtml(site, [broken])).toThrow(
      '/handbook/docs/start-here.html: print-packet: no element with class "markdown"',
    );
  });

  it('names sections after their address without the base URL', () => {
    expect(anchorName('/handbook/docs/day-in-the-life/meetings', '/handbook/')).toBe('docs-day-in-the-life-meetings');
    expect(anchorName('/docs/glossary', '/')).toBe('docs-glossary');
  });
});
