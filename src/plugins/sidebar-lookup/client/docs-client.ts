// Stands in for `@docusaurus/plugin-content-docs/client` in the site's
// bundles (see ../index.ts): everything the docs plugin's client exports,
// with its three sidebar checks answered by look-up (./sidebar-paths.ts)
// instead of by walking each category's subtree. A named export here wins
// over the same name from `export *`.
export * from '@docusaurus/plugin-content-docs/lib/client/index.js';
export { isActiveSidebarItem, isVisibleSidebarItem, useVisibleSidebarItems } from './sidebar-paths.ts';
