// The docs sidebar inside the phone-sized navbar menu, as the classic theme
// has it, with one difference: the menu filler gets a single prop. The filler
// memoises its props after sorting their names with `localeCompare`, and the
// first `localeCompare` on a page sets up the browser's collation data: in a
// Lighthouse mobile trace of a doc page (4x slower CPU) that was a third of
// hydration, on every doc page, though there is nothing to sort
// (design/phone-menu-sidebar.md).
// With one prop there is no comparison, so no collation.
//
// Try: npm run build && npm run bench:lighthouse
import React, { memo, useMemo, type ReactNode } from 'react';
import clsx from 'clsx';
import { NavbarSecondaryMenuFiller, ThemeClassNames } from '@docusaurus/theme-common';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import type { PropSidebarItem } from '@docusaurus/plugin-content-docs';
import type { Props } from '@theme/DocSidebar/Mobile';
import DocSidebarItems from '@theme/DocSidebarItems';

type Menu = { readonly sidebar: readonly PropSidebarItem[]; readonly path: string };

function SecondaryMenu({ menu }: { readonly menu: Menu }): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      <DocSidebarItems
        items={menu.sidebar}
        activePath={menu.path}
        onItemClick={(item) => {
          // A link, or a category that is a page too, leaves the menu; a plain category only opens.
          if (item.type === 'link' || (item.type === 'category' && item.href)) mobileSidebar.toggle();
        }}
        level={1}
      />
    </ul>
  );
}

function DocSidebarMobile({ sidebar, path }: Props): ReactNode {
  const props = useMemo(() => ({ menu: { sidebar, path } }), [sidebar, path]);
  return <NavbarSecondaryMenuFiller component={SecondaryMenu} props={props} />;
}

export default memo(DocSidebarMobile);
