// The data the backlinks plugin hands to the browser. Shared by the server
// half (which builds it) and the theme components (which read it).

/** A page that links to others, named once and referred to by its index. */
export type LinkingPage = { title: string; url: string; kind: 'doc' | 'blog' };

/**
 * Global data: small enough for every page's first load (about 3 KB for the
 * whole handbook), because doc routes belong to the docs plugin and cannot
 * carry our per-route modules.
 */
export type BacklinksGlobalData = {
  /** Every page that links to at least one doc. */
  linkingPages: LinkingPage[];
  /** Doc permalink -> indexes into linkingPages, in title order. */
  backlinks: Record<string, number[]>;
};
