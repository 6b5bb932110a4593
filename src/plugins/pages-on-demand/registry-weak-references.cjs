// Docusaurus' generated registry (.docusaurus/registry.js) names each route
// chunk three times: a loader, `() => import("…")`; the module's path; and
// `require.resolveWeak("…")`, with which server rendering tells the chunks a
// page already holds. The bundler builds every module a weak reference names,
// even one whose import lazy compilation holds back, so under `npm start`
// (never server-rendered) this loader turns the weak references to Markdown
// pages into their plain paths. Docusaurus' loadable components then find no
// module by that name and load the page through its import, as on any first
// visit. Rspack loads loaders as plain JavaScript, hence CommonJS here.
/* global module */

/** A weak reference to a Markdown page, as Docusaurus writes it: the path in double quotes. */
const WEAK_PAGE_REFERENCE = /require\.resolveWeak\(("(?:[^"\\]|\\.)*\.mdx?")\)/g;

/** @param {string} source */
function withoutWeakPageReferences(source) {
  return source.replace(WEAK_PAGE_REFERENCE, '$1');
}

module.exports = withoutWeakPageReferences;
module.exports.withoutWeakPageReferences = withoutWeakPageReferences;
