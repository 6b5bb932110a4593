// The docs sidebar in the phone-sized navbar menu, as the classic theme has
// it but handing the menu one prop (theme/DocSidebar/Mobile says why). A
// plugin of its own so that HANDBOOK_STOCK_DOCUSAURUS can leave the copy out
// and bring back the theme's own component (src/internals/registry.ts).
//
// Try: npm run build && npm run bench:lighthouse
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

export default function phoneMenuSidebarPlugin(): Plugin {
  return { name: 'phone-menu-sidebar', getThemePath: () => join(__dirname, 'theme') };
}
