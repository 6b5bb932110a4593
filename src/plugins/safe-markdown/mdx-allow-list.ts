// MDX is code: an .mdx page can import components and run JavaScript at build
// time and in every reader's browser. Plain .md pages get their raw HTML
// stripped of anything active (src/plugins/safe-markdown/strip-unsafe-html.ts); .mdx pages
// are reviewed like code, and only the files listed here may exist.
// Adding one is a change to this file, which CODEOWNERS gives to the maintainers.
export const MDX_ALLOW_LIST: readonly string[] = ['docs/start-here.mdx'];
