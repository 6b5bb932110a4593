// A save that changes only a page's body, under `npm start`: the loader's
// rewrite of a compiled page, the browser half's decision to update in place
// or hand the update on, and the plugin's config. The browser test
// (e2e/dev-loop.e2e.ts, "in place") saves a page in a running dev server.
import { createRequire } from 'node:module';
import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, test, vi } from 'vitest';

import { bodyInPlace, exportsSignature, nextStep, type HotModule } from '../client/body-in-place.ts';
import pageBodyUpdatesPlugin, { BODY_LOADER, BODY_RUNTIME, bodyInPlaceRule } from '../index.ts';

type Loader = ((this: unknown, source: string) => string) & {
  bodyInPlace(source: string, page: string, runtime: string): string | undefined;
  BODY_DECLARATION: string;
};
const loader = createRequire(import.meta.url)(BODY_LOADER) as Loader;

/** The end of a page as the MDX compiler writes it (the guard test checks the declaration). */
const COMPILED = [
  'export const frontMatter = { title: "A page" };',
  'export const toc = [];',
  'function _createMdxContent(props) { return "body"; }',
  'export default function MDXContent(props = {}) {',
  '  return _createMdxContent(props);',
  '}',
].join('\n');

describe('the loader', () => {
  test('declares the body without exporting it, and exports what the runtime returns for it instead', () => {
    const rewritten = String(
      loader.bodyInPlace(COMPILED, '/site/blog/post.md?truncated=true', '/plugin/client/body-in-place.ts'),
    );
    expect(rewritten).toContain('\nfunction MDXContent(props = {}) {');
    expect(rewritten).not.toContain('export default function');
    expect(rewritten).toContain('import * as __handbookPage from "/site/blog/post.md?truncated=true";');
    expect(rewritten).toContain('from "/plugin/client/body-in-place.ts";');
    expect(rewritten.match(/^export default /gm)).toEqual(['export default ']);
    expect(rewritten).toContain(
      'export default __handbookBodyInPlace("/site/blog/post.md?truncated=true", MDXContent, import.meta.webpackHot, () => __handbookPage);',
    );
  });

  test('writes a path with quotes as a valid string', () => {
    const rewritten = String(loader.bodyInPlace(COMPILED, '/site/docs/a "quoted" name.md', '/runtime.ts'));
    expect(rewritten).toContain(String.raw`from "/site/docs/a \"quoted\" name.md";`);
  });

  test('leaves a page it cannot read as it was, with a warning naming the file', () => {
    const warnings: string[] = [];
    const context = (resource: string) => ({
      resource,
      resourcePath: resource,
      getOptions: () => ({ runtime: '/runtime.ts' }),
      emitWarning: (error: Error) => warnings.push(error.message),
    });
    const without = COMPILED.replace('export default function MDXContent', 'export default function Other');
    expect(loader.call(context('/site/docs/a.md'), without)).toBe(without);
    const twice = `${COMPILED}\n${COMPILED}`;
    expect(loader.call(context('/site/docs/b.md'), twice)).toBe(twice);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^\/site\/docs\/a\.md: .*export default function MDXContent\(/);
    expect(loader.call(context('/site/docs/c.md'), COMPILED)).toContain('__handbookBodyInPlace("/site/docs/c.md"');
  });
});

function hot() {
  return { accept: vi.fn<() => void>(), invalidate: vi.fn<() => void>() } satisfies HotModule;
}

const body = (text: string): ComponentType<object> =>
  function Body() {
    return createElement('p', null, text);
  };

describe('the browser half', () => {
  test('without hot updates, the page exports its body as compiled', () => {
    const first = body('one');
    expect(bodyInPlace('/docs/plain.md', first, undefined, () => ({}))).toBe(first);
  });

  test('a save updates in place only when the other exports are unchanged and the body is on screen', () => {
    const onScreen = { exports: '[]', handedOn: false, rerenders: new Set([() => {}]) };
    expect(nextStep(undefined, '[]')).toBe('first run');
    expect(nextStep(onScreen, '[]')).toBe('in place');
    expect(nextStep(onScreen, '[["toc",[]]]')).toBe('hand on');
    expect(nextStep({ ...onScreen, rerenders: new Set() }, '[]')).toBe('hand on');
    expect(nextStep({ ...onScreen, handedOn: true, rerenders: new Set() }, '[]')).toBe('handed on');
  });

  test('a changed heading hands the update on once, and the new component renders the new body', () => {
    const firstRun = hot();
    const Body = bodyInPlace('/docs/changed.md', body('before'), firstRun, () => ({ toc: [] }));
    expect(firstRun.accept).toHaveBeenCalledOnce();
    expect(firstRun.invalidate).not.toHaveBeenCalled();
    expect(renderToStaticMarkup(createElement(Body))).toBe('<p>before</p>');

    const toc = [{ value: 'New heading', id: 'new-heading', level: 2 }];
    const secondRun = hot();
    const Next = bodyInPlace('/docs/changed.md', body('after'), secondRun, () => ({ toc }));
    expect(secondRun.accept).toHaveBeenCalledOnce();
    expect(secondRun.invalidate).toHaveBeenCalledOnce();
    expect(Next).not.toBe(Body);
    expect(renderToStaticMarkup(createElement(Next))).toBe('<p>after</p>');

    // Docusaurus renders the page again and the module runs once more: no second hand-on.
    const thirdRun = hot();
    expect(bodyInPlace('/docs/changed.md', body('after, rendered again'), thirdRun, () => ({ toc }))).toBe(Next);
    expect(thirdRun.invalidate).not.toHaveBeenCalled();
    expect(renderToStaticMarkup(createElement(Next))).toBe('<p>after, rendered again</p>');
  });

  test('with no body of the page on screen (an error in its place, or another page open), a save is handed on', () => {
    // Rendered to HTML only, the component mounts nothing: as after an error.
    const Body = bodyInPlace('/docs/off-screen.md', body('broken'), hot(), () => ({ toc: [] }));
    const secondRun = hot();
    const Next = bodyInPlace('/docs/off-screen.md', body('mended'), secondRun, () => ({ toc: [] }));
    expect(secondRun.invalidate).toHaveBeenCalledOnce();
    expect(Next).not.toBe(Body);
    expect(renderToStaticMarkup(createElement(Next))).toBe('<p>mended</p>');
  });

  test("two modules of one file (a blog list's excerpt and the post) keep their own bodies", () => {
    const Post = bodyInPlace('/blog/post.md', body('the whole post'), hot(), () => ({}));
    const Excerpt = bodyInPlace('/blog/post.md?truncated=true', body('the excerpt'), hot(), () => ({}));
    expect(renderToStaticMarkup(createElement(Post))).toBe('<p>the whole post</p>');
    expect(renderToStaticMarkup(createElement(Excerpt))).toBe('<p>the excerpt</p>');
  });

  test("the signature leaves the body out and reads dates as the page's JSON would", () => {
    const namespace = {
      default: 'not read',
      toc: [],
      frontMatter: { last_reviewed: new Date('2026-11-25T00:00:00Z') },
    };
    expect(exportsSignature(namespace)).toBe(
      '[["frontMatter",{"last_reviewed":"2026-11-25T00:00:00.000Z"}],["toc",[]]]',
    );
  });
});

describe('the rule', () => {
  const rule = bodyInPlaceRule();

  test('runs the loader after the MDX loader on Markdown pages only, with the runtime it imports', () => {
    expect(rule.enforce).toBe('post');
    expect(rule.use).toEqual([{ loader: BODY_LOADER, options: { runtime: BODY_RUNTIME } }]);
    for (const page of ['/site/docs/a.md', '/site/blog/b.mdx']) expect(rule.test(page)).toBe(true);
    for (const other of ['/site/src/pages/index.tsx', '/site/.docusaurus/registry.js'])
      expect(rule.test(other)).toBe(false);
  });

  test("matches by function, so Docusaurus' fallback MDX rule does not take it for a content plugin's", () => {
    // That rule lists the include of every rule whose test is a pattern matching .mdx; this one has no include.
    expect(typeof rule.test).toBe('function');
  });
});

describe('the plugin', () => {
  const argv = process.argv;
  afterEach(() => {
    process.argv = argv;
  });
  function configure(command: string, isServer: boolean) {
    process.argv = [argv[0] ?? 'node', 'docusaurus', command];
    return pageBodyUpdatesPlugin().configureWebpack?.({} as never, isServer, {} as never, undefined);
  }

  test("changes the dev server's client bundle only", () => {
    const rule = bodyInPlaceRule();
    expect(configure('start', false)).toMatchObject({ module: { rules: [{ enforce: 'post', use: rule.use }] } });
    expect(configure('start', true)).toEqual({});
    expect(configure('build', false)).toEqual({});
  });
});
