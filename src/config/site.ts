// Values that change between a fork, a preview and production. Every one can
// be overridden from the environment, so CI and deployers never edit code.

/** The repository that "Edit this page" links point into. */
export const REPO_URL = process.env.HANDBOOK_REPO_URL ?? 'https://github.com/perf-eng/engineering-handbook';

/** The branch those links open. */
export const REPO_BRANCH = process.env.HANDBOOK_REPO_BRANCH ?? 'main';

/** Where the site is deployed: used in the sitemap, feeds and link previews. */
export const SITE_URL = process.env.SITE_URL ?? 'https://handbook.example.com';

/** The path the site lives under (GitHub Pages project sites need '/<repo>/'). */
export const BASE_URL = process.env.BASE_URL ?? '/';

export const SOURCE_POST = {
  title: 'Working at Netflix 2017',
  author: 'Brendan Gregg',
  date: '2017-05-16',
  url: 'http://brendangregg.com/blog/2017-05-16/working-at-netflix-2017.html',
} as const;
