// Optional analytics, off unless HANDBOOK_ANALYTICS_URL is set at build time
// (settings.ts). The plugin writes the endpoint into the bundles as
// `process.env.HANDBOOK_ANALYTICS_ENDPOINT`, the way Docusaurus defines its own
// build flags; every call site tests it first, so with the variable unset the
// minifier drops the call sites and no analytics code ships at all. With it
// set, the sending code is a chunk of its own (client/send-event.ts), loaded
// on a reader's first event. See design/optional-analytics.md.
//
// Try: HANDBOOK_ANALYTICS_URL=http://127.0.0.1:8787/api/event npm run build
import type { Plugin } from '@docusaurus/types';

import { SITE_URL } from '../../config/site.ts';
import type { AnalyticsSettings } from './settings.ts';

export type AnalyticsOptions = { settings: AnalyticsSettings | null };

export default function analyticsPlugin(_context: unknown, { settings }: AnalyticsOptions): Plugin {
  return {
    name: 'analytics',
    configureWebpack(_config, _isServer, utils) {
      const { DefinePlugin } = utils.currentBundler.instance;
      return {
        plugins: [
          new DefinePlugin({
            'process.env.HANDBOOK_ANALYTICS_ENDPOINT': JSON.stringify(settings?.endpoint ?? ''),
            // The site as the collector knows it (Plausible's "domain").
            'process.env.HANDBOOK_ANALYTICS_DOMAIN': JSON.stringify(settings ? new URL(SITE_URL).hostname : ''),
          }),
        ],
      };
    },
  };
}
