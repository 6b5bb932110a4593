// One `describe` per patch of ../registry.ts, named by its id: each fails
// when the installed Docusaurus no longer has the shape that patch relies
// on. `npm run check:upgrade -- <version>` runs this file against another
// Docusaurus and reports the failing blocks as the patches that broke.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';

import { INTERNALS_PATCHES } from '../registry.ts';
import { collectGarbage } from '../../plugins/build-memory/index.ts';
import { THEME_PRISM_CLIENT_MODULE } from '../../plugins/code-highlighting/index.ts';
import { BODY_LOADER } from '../../plugins/page-body-updates/index.ts';
import * as replacement from '../../plugins/route-lookup/client/react-router-config.ts';

const SITE_DIR = join(import.meta.dirname, '..', '..', '..');

/** The folder of an installed package, looked up from the site as Node looks up a bare import. */
function packageDir(name: string): string {
  for (let folder = SITE_DIR; ; folder = dirname(folder)) {
    const candidate = join(folder, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(folder) === folder) throw new Error(`${name} is not installed; run npm ci`);
  }
}

function read(file: string): string {
  return readFileSync(file, 'utf8');
}

/** The names a module's type declarations export (`export { a, b as c } from`, `export function`, `export const`). */
function exportedNames(declarationFile: string): Set<string> {
  const source = read(declarationFile);
  const names = new Set<string>();
  for (const [, list = ''] of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const entry of list.split(',')) {
      const name = entry
        .replace(/\btype\s+/, '')
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) names.add(name);
    }
  }
  for (const [, name = ''] of source.matchAll(/export\s+(?:declare\s+)?(?:function|const|class|type)\s+(\w+)/g)) {
    names.add(name);
  }
  return names;
}

/** Every .js file under a folder. */
function jsFilesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((entry) => join(folder, entry))
    .filter((file) => file.endsWith('.js') && statSync(file).isFile());
}

const core = () => packageDir('@docusaurus/core');
const themeClassic = () => packageDir('@docusaurus/theme-classic');
const themeCommonInternal = () => exportedNames(join(packageDir('@docusaurus/theme-common'), 'lib', 'internal.d.ts'));

describe('react-router-config-alias', () => {
  test("Docusaurus' client imports matchRoutes and renderRoutes from react-router-config by that name", () => {
    const importers = jsFilesUnder(join(core(), 'lib', 'client')).filter((file) =>
      /from ['"]react-router-config['"]/.test(read(file)),
    );
    const imported = importers.flatMap((file) =>
      [...read(file).matchAll(/import\s*\{([^}]*)\}\s*from ['"]react-router-config['"]/g)].flatMap(([, list = '']) =>
        list.split(',').map((name) => name.trim()),
      ),
    );
    expect(importers.length).toBeGreaterThan(0);
    for (const name of imported) expect(Object.keys(replacement), name).toContain(name);
    expect(read(join(core(), 'lib', 'client', 'exports', 'renderRoutes.js'))).toMatch(
      /export\s*\{\s*renderRoutes as default\s*\}\s*from ['"]react-router-config['"]/,
    );
  });

  test('the react-router-config Docusaurus resolves still exports the two functions the alias replaces', () => {
    const fromCore = createRequire(join(core(), 'package.json'));
    const original = fromCore('react-router-config') as Record<string, unknown>;
    expect(typeof original.matchRoutes).toBe('function');
    expect(typeof original.renderRoutes).toBe('function');
  });
});

describe('docs-client-alias', () => {
  const checks = ['isActiveSidebarItem', 'isVisibleSidebarItem', 'useVisibleSidebarItems'];

  test("the theme's sidebar components import the checks from the docs client entry by that name", () => {
    const imported = new Set(
      ['DocSidebarItems', 'DocSidebarItem/Category', 'DocSidebarItem/Link'].flatMap((part) =>
        [
          ...read(join(themeClassic(), 'lib', 'theme', part, 'index.js')).matchAll(
            /import\s*\{([^}]*)\}\s*from ['"]@docusaurus\/plugin-content-docs\/client['"]/g,
          ),
        ].flatMap(([, list = '']) => list.split(',').map((name) => name.trim())),
      ),
    );
    expect([...imported]).toEqual(expect.arrayContaining(['isActiveSidebarItem', 'useVisibleSidebarItems']));
  });

  test('the docs client entry still exports the three checks, at the file the stand-in re-exports', () => {
    const docsDir = packageDir('@docusaurus/plugin-content-docs');
    const manifest = JSON.parse(read(join(docsDir, 'package.json'))) as { exports: Record<string, unknown> };
    expect(manifest.exports['./client']).toMatchObject({ default: './lib/client/index.js' });
    expect(manifest.exports['./lib/*']).toBe('./lib/*');
    expect([...exportedNames(join(docsDir, 'lib', 'client', 'index.d.ts'))]).toEqual(expect.arrayContaining(checks));
  });
});

describe('doc-root-copy', () => {
  test('the theme still has the DocRoot parts the copy renders', () => {
    for (const part of ['DocRoot', 'DocRoot/Layout', 'NotFound/Content']) {
      expect(existsSync(join(themeClassic(), 'lib', 'theme', part, 'index.js')), part).toBe(true);
    }
    expect(existsSync(join(core(), 'lib', 'client', 'exports', 'renderRoutes.js'))).toBe(true);
  });

  test('the docs plugin still exports the sidebar provider and version hook the copy uses', () => {
    const docsClient = exportedNames(
      join(packageDir('@docusaurus/plugin-content-docs'), 'lib', 'client', 'index.d.ts'),
    );
    expect([...docsClient]).toEqual(expect.arrayContaining(['DocsSidebarProvider', 'useDocsVersion']));
  });
});

describe('registry-weak-references', () => {
  test('Docusaurus still names each route chunk by loader, path and weak reference, in that order', () => {
    const codegen = read(join(core(), 'lib', 'server', 'codegen', 'codegenRoutes.js'));
    expect(codegen).toContain(
      '[() => import(/* webpackChunkName: "${chunkName}" */ "${modulePath}"), "${modulePath}", require.resolveWeak("${modulePath}")]',
    );
  });

  test("its loadable components use the weak reference only as the bundler's module ids", () => {
    const creator = read(join(core(), 'lib', 'client', 'exports', 'ComponentCreator.js'));
    expect(creator).toContain('optsWebpack.push(chunkRegistry[2])');
    expect(creator).toContain('webpack: () => optsWebpack');
    expect(creator.match(/chunkRegistry\[2\]/g)).toHaveLength(1);
  });
});

describe('page-body-in-place', () => {
  test("the MDX compiler Docusaurus' loader uses still declares a page's body as one default-exported MDXContent", async () => {
    const fromMdxLoader = createRequire(join(packageDir('@docusaurus/mdx-loader'), 'package.json'));
    const { compile } = (await import(pathToFileURL(fromMdxLoader.resolve('@mdx-js/mdx')).href)) as {
      compile(source: string, options: object): Promise<{ toString(): string }>;
    };
    const compiled = String(
      await compile('# A page\n\nA paragraph with [a link](./other.md).\n', { providerImportSource: '@mdx-js/react' }),
    );
    const { BODY_DECLARATION } = createRequire(import.meta.url)(BODY_LOADER) as { BODY_DECLARATION: string };
    expect(compiled.split(BODY_DECLARATION)).toHaveLength(2);
  });

  test('its loadable components still pass each page on as its default export with the other exports on it', () => {
    const creator = read(join(core(), 'lib', 'client', 'exports', 'ComponentCreator.js'));
    expect(creator).toContain('const chunk = loadedModule.default;');
    expect(creator).toMatch(/chunk\[nonDefaultKey\] =\s*loadedModule\[nonDefaultKey\]/);
  });
});

describe('prism-client-module-alias', () => {
  test('the theme registers the client module the alias empties', () => {
    expect(read(join(themeClassic(), 'lib', 'index.js'))).toMatch(/['"]\.\/prism-include-languages['"]/);
  });

  test('that module is where the alias points, and loads Prism', () => {
    const file = `${THEME_PRISM_CLIENT_MODULE}.js`;
    expect(existsSync(file)).toBe(true);
    expect(read(file)).toMatch(/from ['"]prism-react-renderer['"]/);
  });
});

describe('code-block-content-copy', () => {
  test('theme-common/internal still exports useCodeBlockContext', () => {
    expect(themeCommonInternal().has('useCodeBlockContext')).toBe(true);
  });

  test("the theme's CodeBlock/Content stylesheet still has the classes the copy uses", () => {
    const css = read(join(themeClassic(), 'lib', 'theme', 'CodeBlock', 'Content', 'styles.module.css'));
    for (const name of ['codeBlock', 'codeBlockLines', 'codeBlockLinesWithNumbering']) {
      expect(css, name).toMatch(new RegExp(`\\.${name}\\b`));
    }
    expect(existsSync(join(themeClassic(), 'lib', 'theme', 'CodeBlock', 'Line', 'index.js'))).toBe(true);
  });
});

describe('mobile-sidebar-copy', () => {
  test('theme-common/internal still exports useNavbarMobileSidebar', () => {
    expect(themeCommonInternal().has('useNavbarMobileSidebar')).toBe(true);
  });

  test('theme-common still exports the menu filler, and the theme the sidebar items', () => {
    const themeCommon = exportedNames(join(packageDir('@docusaurus/theme-common'), 'lib', 'index.d.ts'));
    expect(themeCommon.has('NavbarSecondaryMenuFiller')).toBe(true);
    expect(existsSync(join(themeClassic(), 'lib', 'theme', 'DocSidebarItems', 'index.js'))).toBe(true);
  });
});

describe('expose-gc-flag', () => {
  test('the flag yields a working gc, and no thread started afterwards sees it', async () => {
    expect(() => collectGarbage()).not.toThrow();
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
    const gcInWorker = await new Promise((resolve, reject) => {
      const worker = new Worker("require('node:worker_threads').parentPort.postMessage(typeof globalThis.gc)", {
        eval: true,
      });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    expect(gcInWorker).toBe('undefined');
  });
});

describe('two-process-build', () => {
  test("Docusaurus' build command still reads both switches", () => {
    const build = jsFilesUnder(join(core(), 'lib', 'commands', 'build'))
      .map(read)
      .join('\n');
    expect(build).toContain("process.env.DOCUSAURUS_EXIT_AFTER_BUNDLING === 'true'");
    expect(build).toContain("process.env.DOCUSAURUS_SKIP_BUNDLING === 'true'");
  });
});

describe('persistent-cache-dependencies', () => {
  test('Docusaurus still configures a persistent cache with build dependencies, where the glossary plugin looks', () => {
    const bundlerConfig = read(join(core(), 'lib', 'webpack', 'base.js'));
    expect(bundlerConfig).toMatch(/(experiments\.cache\s*=|return)\s*\{\s*type:\s*'persistent'/);
    expect(bundlerConfig).toMatch(/buildDependencies/);
  });
});

describe('the registry', () => {
  test('has a guard block above for every patch, and every patch file exists', () => {
    const guarded = [...read(import.meta.filename).matchAll(/^describe\('([\w-]+)'/gm)].map(([, id]) => id);
    for (const patch of INTERNALS_PATCHES) {
      expect(guarded, patch.id).toContain(patch.id);
      for (const file of patch.files) expect(existsSync(join(SITE_DIR, file)), file).toBe(true);
    }
  });

  test('lists every source file that imports a Docusaurus internal, aliases a module or reads a Docusaurus switch', () => {
    const listed = new Set(INTERNALS_PATCHES.flatMap((patch) => patch.files));
    const srcDir = join(SITE_DIR, 'src');
    const patching = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
      .filter((entry) => /\.(ts|tsx)$/.test(entry) && !entry.includes('__tests__'))
      .filter((entry) => {
        const source = read(join(srcDir, entry));
        return (
          /from ['"]@docusaurus\/theme-common\/internal['"]/.test(source) ||
          /from ['"]@docusaurus\/[\w-]+\/lib\//.test(source) ||
          // An alias whose keys are all our own `@handbook/` modules patches nothing of Docusaurus.
          (/resolve:\s*\{\s*alias/.test(source) &&
            !/alias:\s*\{(?:\s*['"]@handbook\/[\w-]+['"]\s*:\s*\w+\s*,?)+\s*\}/.test(source)) ||
          /process\.env\.DOCUSAURUS_/.test(source)
        );
      })
      .map((entry) => relative(SITE_DIR, join(srcDir, entry)));
    expect(patching.length).toBeGreaterThan(0);
    for (const file of patching) expect(listed, file).toContain(file);
  });
});
