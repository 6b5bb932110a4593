import type { LoadContext, PluginConfig, PluginModule, PluginOptions } from '@docusaurus/types';

/**
 * A plugin and its options for the config's `plugins` list, handed over as the
 * function itself rather than a path. Docusaurus types every plugin's options
 * as `unknown`; this checks them against the plugin's own.
 */
export function withOptions<Options extends object>(
  plugin: (context: LoadContext, options: Options) => unknown,
  options: Options,
): PluginConfig {
  return [plugin as PluginModule, options as PluginOptions];
}
