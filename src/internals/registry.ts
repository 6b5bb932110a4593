// Every place the handbook reaches into Docusaurus' internals, in one list.
// Each patch pays for itself in the benchmark (see its design record), and
// each is a bet that the next Docusaurus release keeps the internal as it
// is. The guard tests (./__tests__/guards.test.ts, one `describe` per patch
// id) fail when an installed Docusaurus no longer has the shape a patch
// relies on; `npm run check:upgrade -- <version>` runs them against another
// version and names the patches that broke.
//
// One switch turns every patch off: HANDBOOK_STOCK_DOCUSAURUS=1 builds the
// same site with stock Docusaurus behaviour (docusaurus.config.ts leaves the
// patch plugins out, scripts/build.ts runs one `docusaurus build`).
// Try: HANDBOOK_STOCK_DOCUSAURUS=1 npm run build

/** The environment variable that turns every patch off. */
export const STOCK_DOCUSAURUS_ENV = 'HANDBOOK_STOCK_DOCUSAURUS';

/** True when the switch is on (`1` or `true`): build with stock Docusaurus behaviour. */
export function isStockDocusaurus(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env[STOCK_DOCUSAURUS_ENV]?.trim().toLowerCase();
  return value === '1' || value === 'true';
}

export type InternalsPatch = {
  /** Also the name of its `describe` block in ./__tests__/guards.test.ts. */
  readonly id: string;
  /** The internal it touches. */
  readonly touches: string;
  /** What it buys, in one sentence; the record has the figures. */
  readonly why: string;
  /** Where the patch lives. */
  readonly files: readonly string[];
  /** What the guard test checks in the installed Docusaurus. */
  readonly guard: string;
  /** What the switch does to turn it off. */
  readonly turnedOffBy: string;
  /** The design record with the measured effect. */
  readonly record: string;
};

export const INTERNALS_PATCHES: readonly InternalsPatch[] = [
  {
    id: 'react-router-config-alias',
    touches: "the bundles' `react-router-config` (Docusaurus' client matches and renders routes with it)",
    why: 'route matching by look-up instead of trying every route: builds stay linear in the page count',
    files: ['src/plugins/route-lookup/index.ts', 'src/plugins/route-lookup/client/react-router-config.ts'],
    guard:
      '@docusaurus/core still imports `matchRoutes`/`renderRoutes` from `react-router-config`, and the package still exports them',
    turnedOffBy: 'docusaurus.config.ts leaves the route-lookup plugin out',
    record: 'design/route-lookup.md',
  },
  {
    id: 'docs-client-alias',
    touches:
      "the bundles' `@docusaurus/plugin-content-docs/client` (the theme's sidebar components import their active and visible checks from it)",
    why: "answers the sidebar's active and visible checks by look-up instead of walking each category: renders stop growing with the sidebar",
    files: [
      'src/plugins/sidebar-lookup/index.ts',
      'src/plugins/sidebar-lookup/client/docs-client.ts',
      'src/plugins/sidebar-lookup/client/sidebar-paths.ts',
    ],
    guard:
      "the theme's sidebar components still import the three checks from the docs client entry, which still exports them and is reachable at the file path the stand-in re-exports",
    turnedOffBy:
      "docusaurus.config.ts leaves the sidebar-lookup plugin out: the theme calls the docs plugin's own checks",
    record: 'design/sidebar-lookup.md',
  },
  {
    id: 'doc-root-copy',
    touches: "a copy of the classic theme's `DocRoot` (eject marked unsafe by the theme)",
    why: "finds the current doc's route with the same look-up instead of scanning every doc route on each render",
    files: ['src/plugins/route-lookup/theme/DocRoot/index.tsx'],
    guard:
      'the theme still has `DocRoot/Layout` and `NotFound/Content`, and the docs plugin still exports `DocsSidebarProvider` and `useDocsVersion`',
    turnedOffBy: "the route-lookup plugin (and with it its theme path) is left out: the theme's own DocRoot renders",
    record: 'design/route-lookup.md',
  },
  {
    id: 'registry-weak-references',
    touches:
      "Docusaurus' generated `.docusaurus/registry.js` under `npm start`: a loader turns its `require.resolveWeak` references to Markdown pages into plain paths",
    why: "lets Rspack's lazy compilation hold every page back until a browser asks for it: the dev server is ready before any page compiles",
    files: ['src/plugins/pages-on-demand/index.ts', 'src/plugins/pages-on-demand/registry-weak-references.cjs'],
    guard:
      '@docusaurus/core still writes each registry entry as a loader, the path and `require.resolveWeak("path")`, and its loadable components still use the third only as the `webpack` option\'s ids',
    turnedOffBy:
      'docusaurus.config.ts leaves the pages-on-demand plugin out: every page compiles before the dev server answers',
    record: 'design/pages-on-demand.md',
  },
  {
    id: 'page-body-in-place',
    touches:
      "each compiled Markdown page under `npm start`: a loader renames the MDX compiler's default-exported `MDXContent` and exports a component that renders the latest body",
    why: "a save that changes only a page's body updates that body in place instead of mounting the whole page again: the edit shows sooner and the reader's sidebar stays as left",
    files: [
      'src/plugins/page-body-updates/index.ts',
      'src/plugins/page-body-updates/body-in-place.cjs',
      'src/plugins/page-body-updates/client/body-in-place.ts',
    ],
    guard:
      "the MDX compiler @docusaurus/mdx-loader uses still writes one `export default function MDXContent(`, and Docusaurus' loadable components still render a page's default export with its other exports set on it",
    turnedOffBy:
      'docusaurus.config.ts leaves the page-body-updates plugin out: every save mounts the whole page again, as in stock Docusaurus',
    record: 'design/page-body-updates.md',
  },
  {
    id: 'prism-client-module-alias',
    touches: "the classic theme's client module `prism-include-languages`, aliased to an empty module",
    why: 'keeps Prism out of main.js: code is highlighted when Markdown is compiled',
    files: ['src/plugins/code-highlighting/index.ts'],
    guard:
      'the theme still registers `./prism-include-languages` as a client module, at the path the alias names, and it still loads Prism',
    turnedOffBy:
      'docusaurus.config.ts leaves the code-highlighting plugin and its rehype step out: the theme highlights with Prism in the browser',
    record: 'design/build-time-code-highlighting.md',
  },
  {
    id: 'code-block-content-copy',
    touches:
      "a copy of the theme's `CodeBlock/Content` importing `useCodeBlockContext` from `@docusaurus/theme-common/internal` and the theme's `lib/` stylesheet",
    why: 'renders the build-time tokens with the theme markup and colours, so no page runs Prism',
    files: ['src/plugins/code-highlighting/theme/CodeBlock/Content/index.tsx'],
    guard:
      '`@docusaurus/theme-common/internal` still exports `useCodeBlockContext`, and the theme stylesheet still has the classes the copy uses',
    turnedOffBy: "the code-highlighting plugin (and its theme path) is left out: the theme's own CodeBlock renders",
    record: 'design/build-time-code-highlighting.md',
  },
  {
    id: 'mobile-sidebar-copy',
    touches:
      "a copy of the theme's `DocSidebar/Mobile` importing `useNavbarMobileSidebar` from `@docusaurus/theme-common/internal`",
    why: 'hands the phone menu one prop, so hydrating a doc page sets up no collation data for a sort',
    files: ['src/plugins/phone-menu-sidebar/theme/DocSidebar/Mobile/index.tsx'],
    guard:
      '`@docusaurus/theme-common/internal` still exports `useNavbarMobileSidebar`, and `@docusaurus/theme-common` `NavbarSecondaryMenuFiller`',
    turnedOffBy:
      "docusaurus.config.ts leaves the phone-menu-sidebar plugin out: the theme's own DocSidebar/Mobile renders",
    record: 'design/phone-menu-sidebar.md',
  },
  {
    id: 'expose-gc-flag',
    touches: "V8's `--expose-gc` flag, set and unset at run time, and the bundler's compilation `seal` hook",
    why: 'one full collection per bundle lowers the bundling process peak memory',
    files: ['src/plugins/build-memory/index.ts'],
    guard: 'setting the flag still yields a working `gc` in a new context, and no thread started later sees it',
    turnedOffBy: 'docusaurus.config.ts leaves the build-memory plugin out',
    record: 'design/gc-at-seal.md',
  },
  {
    id: 'two-process-build',
    touches: "Docusaurus' undocumented `DOCUSAURUS_EXIT_AFTER_BUNDLING` and `DOCUSAURUS_SKIP_BUNDLING`",
    why: "bundles in one process and renders in a second, so the bundler's native memory is gone before pages render; a site over scripts/build.ts' page limit gets one bundling process per bundle",
    files: [
      'scripts/build.ts',
      'src/plugins/build-memory/index.ts',
      'src/config/command.ts',
      'src/plugins/handbook-search/index.ts',
      'src/plugins/markdown-copies/index.ts',
    ],
    guard: "@docusaurus/core's build command still reads both variables",
    turnedOffBy: 'scripts/build.ts runs one `docusaurus build`',
    record: 'design/two-process-build.md',
  },
  {
    id: 'persistent-cache-dependencies',
    touches:
      "Docusaurus' Rspack persistent cache settings (`experiments.cache` in Docusaurus 3, `cache` in Docusaurus 4), extended with more build dependencies",
    why: 'a page shows what other pages hold (glossary marks): a change to any doc or to the glossary must invalidate the cached pages',
    files: ['src/plugins/glossary/index.ts'],
    guard:
      '@docusaurus/core still configures the persistent cache under `experiments.cache` and reads `DOCUSAURUS_NO_PERSISTENT_CACHE`',
    turnedOffBy:
      'the plugin adds no cache dependencies (after changing the glossary, run `npm run clear` before a build with the switch)',
    record: 'design/docusaurus-internals.md',
  },
];
