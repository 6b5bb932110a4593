// Markdown that runs nothing it was not reviewed for: raw HTML in .md pages is
// stripped of anything active (strip-unsafe-html.ts, a rehype step the preset
// uses), and this plugin refuses the build when an .mdx page is not on the
// allow-list (mdx-allow-list.ts), before any page is compiled, so an
// unreviewed page never runs its code.
// Try: touch docs/new.mdx && npm run build
import type { LoadContext, Plugin } from '@docusaurus/types';

import { formatProblem } from '../../content/schema.ts';
import { findUnlistedMdx } from './find-unlisted-mdx.ts';

export default function mdxAllowListPlugin(context: LoadContext): Plugin {
  return {
    name: 'safe-markdown',
    loadContent() {
      const problems = findUnlistedMdx(context.siteDir);
      if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
    },
  };
}
