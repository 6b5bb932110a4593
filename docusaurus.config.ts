import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';

import { BASE_URL, REPO_BRANCH, REPO_URL, SITE_URL, SOURCE_POST } from './src/config/site';
import { bundlesOnly, isProductionBuild } from './src/config/command';
import { isGitWorkTree } from './src/config/git';
import { readSections } from './src/content/sections';
import { algoliaOrigins, readAlgoliaSettings } from './src/plugins/handbook-search/algolia';
import remarkGlossaryPage from './src/plugins/glossary/server/glossary-page';
import remarkBundledBodies from './src/plugins/markdown-copies/server/bundled-bodies';
import remarkGlossaryTerms from './src/plugins/glossary/server/glossary-terms';
import { GLOSSARY_PATH } from './src/plugins/glossary/shared/glossary-names';
import rehypeStripUnsafeHtml from './src/plugins/safe-markdown/strip-unsafe-html';
import remarkStripHeadingHtml from './src/plugins/safe-markdown/strip-heading-html';
import { darkCodeTheme, lightCodeTheme } from './src/plugins/code-highlighting/code-themes';
import rehypeCodeTokens from './src/plugins/code-highlighting/server/rehype-code-tokens';
import { readRedirectsOrThrow } from './src/plugins/redirects/server/redirect-list';
import { nginxRedirectLocations } from './src/plugins/redirects/server/redirect-files';
import rehypeDiagrams from './src/plugins/diagrams/server/rehype-diagrams';
import { ADVICE_ADMONITIONS } from './src/plugins/advice-block/shared/keyword';
import { createCreditedFeedItems } from './src/plugins/source-credit/server/feed-items';
// Plugins are handed to Docusaurus as functions, not paths: it loads a path
// with a module cache of its own, so each plugin would evaluate again every
// module it shares with the config and the other plugins (see design/plugin-loading.md).
import safeMarkdownPlugin from './src/plugins/safe-markdown/index';
import glossaryPlugin from './src/plugins/glossary/index';
import homePagePlugin from './src/plugins/home-page/index';
import buildMemoryPlugin from './src/plugins/build-memory/index';
import routeLookupPlugin from './src/plugins/route-lookup/index';
import sidebarLookupPlugin from './src/plugins/sidebar-lookup/index';
import pagesOnDemandPlugin from './src/plugins/pages-on-demand/index';
import pageBodyUpdatesPlugin from './src/plugins/page-body-updates/index';
import codeHighlightingPlugin from './src/plugins/code-highlighting/index';
import phoneMenuSidebarPlugin from './src/plugins/phone-menu-sidebar/index';
import postcssOncePlugin from './src/plugins/postcss-once/index';
import redirectsPlugin from './src/plugins/redirects/index';
import securityHeadersPlugin from './src/plugins/security-headers/index';
import reviewStatusPlugin from './src/plugins/review-status/index';
import backlinksPlugin from './src/plugins/backlinks/index';
import readingTimePlugin from './src/plugins/reading-time/index';
import recentChangesPlugin from './src/plugins/recent-changes/index';
import pageHistoryPlugin from './src/plugins/page-history/index';
import diagramsPlugin from './src/plugins/diagrams/index';
import markdownCopiesPlugin from './src/plugins/markdown-copies/index';
import printPacketPlugin from './src/plugins/print-packet/index';
import adviceBlockPlugin from './src/plugins/advice-block/index';
import sourceCreditPlugin from './src/plugins/source-credit/index';
import pageFeedbackPlugin from './src/plugins/page-feedback/index';
import analyticsPlugin from './src/plugins/analytics/index';
import handbookSearchPlugin from './src/plugins/handbook-search/index';
import { withOptions } from './src/config/plugin-config';
import { isStockDocusaurus } from './src/internals/registry';
import { readAnalyticsSettings } from './src/plugins/analytics/settings';
import privateModePlugin, { privateServerOptions } from './src/plugins/private-mode/index';
import { readPrivateSettings } from './src/plugins/private-mode/settings';

// "Last updated" comes from git history; outside a work tree it is left off
// rather than failing the build.
// The config is loaded as CommonJS by Docusaurus (jiti), so __dirname is the site root.
const SITE_DIR = __dirname;

const SHOW_LAST_UPDATE = isGitWorkTree(SITE_DIR);

// Page history (src/plugins/page-history): a History link on every doc and post, built from git.
// HANDBOOK_PAGE_HISTORY=off leaves the plugin out; npm run bench:history compares builds with and without it.
const PAGE_HISTORY = process.env.HANDBOOK_PAGE_HISTORY !== 'off';

// Old addresses of moved pages (src/data/redirects.yml, kept by `npm run move`);
// a broken list stops the build with its file:line problems.
const REDIRECTS = readRedirectsOrThrow(SITE_DIR);

// Algolia DocSearch replaces the built-in search when its three env vars are set (src/plugins/handbook-search/algolia.ts).
const ALGOLIA = readAlgoliaSettings();

// Optional analytics: HANDBOOK_ANALYTICS_URL names a Plausible-compatible event endpoint; unset, none ships
// (src/plugins/analytics). A malformed value stops here, before anything is built.
const ANALYTICS = readAnalyticsSettings();

// HANDBOOK_PRIVATE=1 builds a handbook for signed-in colleagues only, and the
// server configs that gate it (src/plugins/private-mode); a wrong setting stops
// the build with one line naming the variable.
const PRIVATE = readPrivateSettings();
const PRIVATE_SERVER = PRIVATE
  ? privateServerOptions(PRIVATE, process.env.NGINX_ROOT ?? '/var/www/handbook')
  : undefined;

const EDIT_URL = `${REPO_URL}/edit/${REPO_BRANCH}/`;

// HANDBOOK_STOCK_DOCUSAURUS=1 leaves out every patch on Docusaurus internals
// (src/internals/registry.ts): the same site, built the stock way.
const PATCH_INTERNALS = !isStockDocusaurus();

// Code blocks are highlighted while Markdown is compiled, with the theme's
// Prism settings, so no page loads Prism (src/plugins/code-highlighting).
const PRISM = { theme: lightCodeTheme, darkTheme: darkCodeTheme, additionalLanguages: [] as string[] };
// The plugin reads the same object the theme does, so languages set for one reach the other.
// ```mermaid blocks become inline SVG after the unsafe HTML is stripped (the
// diagrams keep their own scoped <style>) and before code is highlighted.
const REHYPE_PLUGINS = [
  rehypeStripUnsafeHtml,
  [rehypeDiagrams, { siteDir: SITE_DIR }],
  ...(PATCH_INTERNALS ? [[rehypeCodeTokens, PRISM]] : []),
];

const config: Config = {
  title: 'Engineering Culture Handbook',
  tagline: "One performance engineer's account of his team's work, retold for your first weeks.",
  favicon: 'img/favicon.svg',
  url: SITE_URL,
  baseUrl: BASE_URL,
  trailingSlash: false,
  // The banner's inline script only helps a misconfigured baseUrl; without it the
  // Content-Security-Policy allows one inline script fewer.
  baseUrlIssueBanner: false,

  // No Rspack cache for a production build: it would cost time and memory and
  // rarely be used (design/no-build-cache.md). `npm start` keeps it. A process
  // that makes one bundle only turns off the cache that hands each compiled
  // page from one bundle to the other: it would wait for a bundle this process
  // never makes. The build hands pages over through a folder instead
  // (design/two-process-build.md).
  future: {
    v4: true,
    faster: {
      rspackPersistentCache: !isProductionBuild(),
      ...(bundlesOnly() === undefined ? {} : { mdxCrossCompilerCache: false }),
    },
  },

  // Every check fails the build: a contributor learns about a broken link in
  // the pull request, not from a reader.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    format: 'detect',
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: { defaultLocale: 'en', locales: ['en'] },

  plugins: [
    // Stops the build when an .mdx page is not on the reviewed allow-list: MDX runs code.
    safeMarkdownPlugin,
    glossaryPlugin,
    homePagePlugin,
    // Under npm start, PostCSS set up once, not once per stylesheet: the same CSS, sooner.
    postcssOncePlugin,
    ...(PATCH_INTERNALS
      ? [
          // Frees the compile's garbage before the pages render: a lower peak for big builds.
          buildMemoryPlugin,
          // Finds the route of a page by look-up, not by trying every route: renders stay linear in the page count.
          routeLookupPlugin,
          // Answers the sidebar's "is this category active?" by look-up, not by walking it: the same, in linear time.
          sidebarLookupPlugin,
          // Keeps Prism out of main.js: code arrives highlighted (rehypeCodeTokens above).
          codeHighlightingPlugin,
          // The phone menu's docs sidebar without a sort that sets up collation data on every doc page.
          phoneMenuSidebarPlugin,
          // Under npm start, a page compiles when the browser first asks for it: the server answers before any page compiles.
          pagesOnDemandPlugin,
          // Under npm start, a save that changes only a page's body updates that body in place: the rest of the page stays mounted.
          pageBodyUpdatesPlugin,
        ]
      : []),
    // Redirect pages for any static host, and build/_redirects; listed before the
    // headers so its pages' inline script is hashed too (either order works: see html-writers.ts).
    withOptions(redirectsPlugin, { redirects: REDIRECTS }),
    withOptions(securityHeadersPlugin, {
      connectOrigins: [...(ALGOLIA ? algoliaOrigins(ALGOLIA) : []), ...(ANALYTICS ? [ANALYTICS.origin] : [])],
      ...PRIVATE_SERVER,
      // nginx answers a `return 301` before its access check, so a gated build leaves moves to the redirect pages.
      nginxLocations: PRIVATE_SERVER ? PRIVATE_SERVER.nginxLocations : nginxRedirectLocations(REDIRECTS, BASE_URL),
    }),
    ...(PRIVATE ? [privateModePlugin] : []),
    reviewStatusPlugin,
    backlinksPlugin,
    readingTimePlugin,
    withOptions(recentChangesPlugin, {}),
    ...(PAGE_HISTORY ? [pageHistoryPlugin] : []),
    // Checks every ```mermaid diagram and renders new ones to SVG before pages compile.
    diagramsPlugin,
    // A clean Markdown copy of every page, /llms.txt and /llms-full.txt, and a "Copy as Markdown" button.
    markdownCopiesPlugin,
    // The first-week packet: build/print.html, and build/handbook.pdf when HANDBOOK_PDF=1 (or npm run pdf).
    printPacketPlugin,
    // `:::suggestion`, the one labelled block for advice and inference.
    adviceBlockPlugin,
    // Credits the post a blog post retells (front matter based_on) on the page and in its JSON-LD.
    sourceCreditPlugin,
    // "Was this page helpful?" and "Ask for a page": prefilled issues for the page's owner.
    pageFeedbackPlugin,
    // Off unless HANDBOOK_ANALYTICS_URL is set; always loaded, so the code that sends events is left out when it is not.
    withOptions(analyticsPlugin, { settings: ANALYTICS }),
    ...(ALGOLIA ? [] : [handbookSearchPlugin]),
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          editUrl: EDIT_URL,
          tags: 'tags.yml',
          onInlineTags: 'throw',
          admonitions: ADVICE_ADMONITIONS,
          beforeDefaultRemarkPlugins: [
            // Before the copy's body is printed, so the glossary page's copy gets its entries from the bundler too.
            [remarkGlossaryPage, { siteDir: SITE_DIR }],
            // Then each page as written: prints its Markdown copy's body from the bundler's parse.
            remarkBundledBodies,
            remarkStripHeadingHtml,
          ],
          remarkPlugins: [[remarkGlossaryTerms, { siteDir: SITE_DIR }]],
          rehypePlugins: REHYPE_PLUGINS,
          showLastUpdateTime: SHOW_LAST_UPDATE,
          showLastUpdateAuthor: SHOW_LAST_UPDATE,
        },
        blog: {
          blogTitle: 'Blog',
          blogDescription: 'Retrospectives and news from the performance-engineering team handbook.',
          // One post so far: the list page already is the archive.
          archiveBasePath: null,
          showReadingTime: true,
          editUrl: EDIT_URL,
          tags: 'tags.yml',
          onInlineTags: 'throw',
          onInlineAuthors: 'throw',
          onUntruncatedBlogPosts: 'throw',
          admonitions: ADVICE_ADMONITIONS,
          beforeDefaultRemarkPlugins: [remarkStripHeadingHtml],
          rehypePlugins: REHYPE_PLUGINS,
          showLastUpdateTime: SHOW_LAST_UPDATE,
          showLastUpdateAuthor: SHOW_LAST_UPDATE,
          feedOptions: {
            type: 'all',
            title: 'Engineering Culture Handbook blog',
            description: 'Retrospectives and news from the handbook.',
            copyright: `Based on "${SOURCE_POST.title}" by ${SOURCE_POST.author}; not an official company publication.`,
            createFeedItems: createCreditedFeedItems,
          },
        },
        pages: {
          admonitions: ADVICE_ADMONITIONS,
          beforeDefaultRemarkPlugins: [remarkStripHeadingHtml],
          rehypePlugins: REHYPE_PLUGINS,
        },
        theme: {
          customCss: [
            './src/css/custom.css',
            './src/plugins/glossary/glossary.css',
            './src/css/a11y.css',
            './src/css/print.css',
          ],
        },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    ...(ALGOLIA ? { algolia: ALGOLIA } : {}),
    colorMode: { respectPrefersColorScheme: true },
    docs: { sidebar: { hideable: true } },
    navbar: {
      title: 'Engineering Culture Handbook',
      logo: { alt: '', src: 'img/logo.svg', width: 32, height: 32 },
      // Plain links rather than `type: 'doc'` or `type: 'docSidebar'` items:
      // those match the current URL against every doc each time they render
      // (design/plain-nav-links.md). The broken-link check still fails the
      // build if a linked page moves.
      items: [
        { to: '/docs/start-here', activeBasePath: 'docs/start-here', label: 'Start here', position: 'left' },
        // Active on every doc page, as a sidebar item is: the one sidebar holds every doc.
        { to: '/docs/start-here', activeBasePath: 'docs', label: 'Handbook', position: 'left' },
        { to: '/blog', label: 'Blog', position: 'left' },
        { to: GLOSSARY_PATH, activeBasePath: 'docs/glossary', label: 'Glossary', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Handbook',
          items: [
            { label: 'Start here', to: '/docs/start-here' },
            // The sections, from their _category_.json files (src/content/sections.ts).
            ...readSections(SITE_DIR).map(({ label, to }) => ({ label, to })),
          ],
        },
        {
          title: 'Reference',
          items: [
            { label: 'Glossary', to: GLOSSARY_PATH },
            { label: 'Blog', to: '/blog' },
            { label: 'About this handbook', to: '/docs/about' },
          ],
        },
        {
          title: 'Contribute',
          items: [
            { label: 'Contribution guide', href: `${REPO_URL}/blob/${REPO_BRANCH}/CONTRIBUTING.md` },
            { label: 'Repository', href: REPO_URL },
          ],
        },
      ],
      copyright: `Based on <a href="${SOURCE_POST.url}">"${SOURCE_POST.title}"</a> by ${SOURCE_POST.author} (${SOURCE_POST.date}), retold in our own words. Not an official company publication.`,
    },
    prism: PRISM,
  } satisfies Preset.ThemeConfig,
};

export default config;
