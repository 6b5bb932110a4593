// The handbook's one labelled advice block, `:::suggestion`: everything the
// handbook advises or infers, set apart from what its source says. The
// keyword is registered on the content plugins in docusaurus.config.ts
// (admonitions.keywords); this plugin adds its look through the theme's
// public admonition-types map. design/advice-block.md explains the choice.
//
// Try: npm start, then open /docs/day-in-the-life/status-updates
import { resolve } from 'node:path';
import type { Plugin } from '@docusaurus/types';

export default function adviceBlockPlugin(): Plugin {
  const themePath = resolve(__dirname, 'theme');
  return {
    name: 'advice-block',
    getThemePath: () => themePath,
    getTypeScriptThemePath: () => themePath,
  };
}
