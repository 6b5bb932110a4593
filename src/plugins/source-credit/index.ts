// Credits the post a blog post retells: front matter `based_on` names it, and
// this plugin's theme shows it under the byline and adds it to the JSON-LD as
// `isBasedOn`; the feeds get it through createFeedItems (server/feed-items.ts,
// set in docusaurus.config.ts). design/source-credit.md explains the choice.
//
// Try: npm run build, then look in build/blog/2017/05/16/*/index.html and build/blog/atom.xml
import { resolve } from 'node:path';
import type { Plugin } from '@docusaurus/types';

export default function sourceCreditPlugin(): Plugin {
  const themePath = resolve(__dirname, 'theme');
  return {
    name: 'source-credit',
    getThemePath: () => themePath,
    getTypeScriptThemePath: () => themePath,
  };
}
