// Stands in for the `react-router-config` package in the site's bundles
// (see ../index.ts): the same two functions Docusaurus imports from it,
// `matchRoutes` and `renderRoutes`, giving the same results, but trying only
// the routes that can match a pathname (./route-candidates.ts) instead of
// every route in turn. react-router's own `matchPath`, `Switch` and `Route`
// still decide every match.
import { createElement, type ComponentType, type ReactElement } from 'react';
import { matchPath, Route, Router, Switch, useLocation, type match as Match, type SwitchProps } from 'react-router';
import type { MatchedRoute, RouteConfig } from 'react-router-config';

import { candidateRoutes } from './route-candidates.ts';

export type { MatchedRoute, RouteConfig };

type Params = Record<string, string | undefined>;

// The root match react-router gives a pathless top-level route; a static of
// Router that its type declarations leave out.
const rootMatch = (pathname: string): Match =>
  (Router as unknown as { computeRootMatch(path: string): Match }).computeRootMatch(pathname);

/**
 * The chain of routes, outermost first, that match `pathname`: react-router-
 * config's `matchRoutes`. A route without a path takes its parent's match
 * (or the root match at the top).
 */
export function matchRoutes(
  routes: readonly RouteConfig[],
  pathname: string,
  branch: MatchedRoute<Params>[] = [],
): MatchedRoute<Params>[] {
  for (const { route } of candidateRoutes(routes, pathname)) {
    const parent = branch[branch.length - 1];
    const match = route.path ? matchPath(pathname, route) : (parent?.match ?? rootMatch(pathname));
    if (!match) continue;
    branch.push({ route, match });
    if (route.routes) matchRoutes(route.routes, pathname, branch);
    break;
  }
  return branch;
}

/** The first route of the list whose path matches `pathname`, as `routes.find(r => matchPath(pathname, r))`. */
export function findRoute(routes: readonly RouteConfig[], pathname: string): RouteConfig | undefined {
  for (const { route } of candidateRoutes(routes, pathname)) {
    if (matchPath(pathname, route)) return route;
  }
  return undefined;
}

type ExtraProps = Record<string, unknown>;

function routeElement(route: RouteConfig, position: number, extraProps: ExtraProps): ReactElement {
  return createElement(Route, {
    key: route.key || position,
    path: route.path,
    exact: route.exact,
    strict: route.strict,
    render: (props) => {
      const routeProps = { ...props, ...extraProps, route };
      if (route.render) return route.render(routeProps);
      return createElement(route.component as ComponentType<typeof routeProps>, routeProps);
    },
  });
}

function CandidateRoutes({
  routes,
  extraProps,
  switchProps,
}: {
  routes: readonly RouteConfig[];
  extraProps: ExtraProps;
  switchProps: SwitchProps;
}) {
  const current = useLocation();
  const { pathname } = switchProps.location ?? current;
  const elements = candidateRoutes(routes, pathname).map(({ route, position }) =>
    routeElement(route, position, extraProps),
  );
  return createElement(Switch, switchProps, elements);
}

/**
 * A `Switch` over the routes, as react-router-config's `renderRoutes`: the
 * first route matching the location renders, with its original key. The
 * Switch is handed only the candidates for the current location.
 */
export function renderRoutes(
  routes: readonly RouteConfig[] | undefined,
  extraProps: ExtraProps = {},
  switchProps: SwitchProps = {},
): ReactElement | null {
  return routes ? createElement(CandidateRoutes, { routes, extraProps, switchProps }) : null;
}
