// The docs' root layout, as the classic theme's DocRoot, but finding the
// current doc's route with the route index (src/plugins/route-lookup)
// instead of matching the location against every doc route in turn: that
// scan ran once per rendered page, over all the docs (design/route-lookup.md).
import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import { useLocation } from '@docusaurus/router';
import renderRoutes from '@docusaurus/renderRoutes';
import { HtmlClassNameProvider, ThemeClassNames } from '@docusaurus/theme-common';
import { DocsSidebarProvider, useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import type { Props } from '@theme/DocRoot';
import DocRootLayout from '@theme/DocRoot/Layout';
import NotFoundContent from '@theme/NotFound/Content';

import { findRoute, type RouteConfig } from '../../client/react-router-config';

export default function DocRoot({ route }: Props): ReactNode {
  const { pathname } = useLocation();
  const version = useDocsVersion();
  const docRoutes = route.routes as RouteConfig[];
  const current = findRoute(docRoutes, pathname);
  // Not-found content only, not a second layout around it (as the theme does).
  if (!current) return <NotFoundContent />;
  const sidebarName = current.sidebar as string | undefined;
  const sidebarItems = sidebarName ? version.docsSidebars[sidebarName] : undefined;
  return (
    <HtmlClassNameProvider className={clsx(ThemeClassNames.page.docsDocPage)}>
      <DocsSidebarProvider name={sidebarName} items={sidebarItems}>
        <DocRootLayout>{renderRoutes(docRoutes)}</DocRootLayout>
      </DocsSidebarProvider>
    </HtmlClassNameProvider>
  );
}
