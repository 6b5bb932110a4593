// Rewrites a compiled Markdown page under `npm start` so that a save which
// changes only the page's body updates that body in place. Docusaurus hands a
// page's hot update up to its client entry, which accepts it by running again:
// every page component mounts anew, the navbar and sidebar included. Here the
// page's module accepts its own update when all it exports besides the body
// (front matter, title, headings, metadata, assets) is unchanged; the body
// component then re-renders with the new text and nothing else mounts again.
// Any other save is handed on as before (see ./client/body-in-place.ts).
// Rspack loads loaders as plain JavaScript, hence CommonJS here.
/* global module */

/** How the MDX compiler declares a page's body; the guard test compiles a page to check it. */
const BODY_DECLARATION = 'export default function MDXContent(';

/**
 * @param {string} source the page as the MDX loader compiled it
 * @param {string} page the page's module: its file and query (a blog list imports each post with one, a second module of the same file)
 * @param {string} runtime the file of ./client/body-in-place.ts
 * @returns {string | undefined} undefined when the source is not shaped as expected
 */
function bodyInPlace(source, page, runtime) {
  const at = source.indexOf(BODY_DECLARATION);
  if (at === -1 || source.indexOf(BODY_DECLARATION, at + 1) !== -1) return undefined;
  const declared = `${source.slice(0, at)}function MDXContent(${source.slice(at + BODY_DECLARATION.length)}`;
  return [
    declared,
    // The page's own exports, read through a namespace import of itself: the
    // metadata is a re-export, with no local name to read.
    `import * as __handbookPage from ${JSON.stringify(page)};`,
    `import { bodyInPlace as __handbookBodyInPlace } from ${JSON.stringify(runtime)};`,
    `export default __handbookBodyInPlace(${JSON.stringify(page)}, MDXContent, import.meta.webpackHot, () => __handbookPage);`,
    '',
  ].join('\n');
}

/** @this {{ resource: string, resourcePath: string, getOptions(): { runtime: string }, emitWarning(error: Error): void }} */
function bodyInPlaceLoader(source) {
  const rewritten = bodyInPlace(source, this.resource, this.getOptions().runtime);
  if (rewritten !== undefined) return rewritten;
  this.emitWarning(
    new Error(
      `${this.resourcePath}: the compiled page has no single "${BODY_DECLARATION}", so each save renders the whole page again`,
    ),
  );
  return source;
}

module.exports = bodyInPlaceLoader;
module.exports.bodyInPlace = bodyInPlace;
module.exports.BODY_DECLARATION = BODY_DECLARATION;
