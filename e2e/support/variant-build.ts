import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const SITE_DIR = resolve(__dirname, '..', '..');

/**
 * The environment for a second build of the site beside build/ (private,
 * printed, analytics, Algolia): its own generated-files folder, and no
 * persistent bundler cache. Docusaurus names that cache by bundle and locale
 * only, and Rspack does not see that `@generated` now points at another
 * folder, so a variant built after the ordinary build could bundle the
 * ordinary build's generated config and plugin data (seen: the public host
 * in a private build, no packet link in the printed one).
 */
function variantBuildEnv(generatedFilesDir: string): Record<string, string> {
  return { DOCUSAURUS_GENERATED_FILES_DIR_NAME: generatedFilesDir, DOCUSAURUS_NO_PERSISTENT_CACHE: '1' };
}

export type VariantBuild = {
  /** What the variant is, for the error message: "analytics", "private"… */
  name: string;
  outDir: string;
  /** The build's own variables (HANDBOOK_PRIVATE, ALGOLIA_…), on top of this process' environment. */
  env: Record<string, string>;
  minutes: number;
  /** `npm run build`'s script, which also runs the steps after Docusaurus (the printed packet); plain `docusaurus build` by default. */
  withBuildScript?: boolean;
};

/**
 * Builds a variant of the site into `outDir`, in its own generated-files
 * folder (`.docusaurus-<name>`). A failed build throws with the end of its
 * output, so the test report says why rather than only "Command failed".
 */
export async function buildVariant({ name, outDir, env, minutes, withBuildScript = false }: VariantBuild) {
  const command = withBuildScript ? ['tsx', 'scripts/build.ts'] : ['docusaurus', 'build'];
  try {
    await promisify(execFile)('npx', [...command, '--out-dir', outDir], {
      cwd: SITE_DIR,
      env: { ...process.env, ...variantBuildEnv(`.docusaurus-${name}`), ...env },
      maxBuffer: 64 * 1024 * 1024,
      timeout: minutes * 60_000,
    });
  } catch (error) {
    const {
      stdout = '',
      stderr = '',
      code,
      signal,
    } = error as { stdout?: string; stderr?: string; code?: unknown; signal?: unknown };
    const ended = signal ? `killed by ${String(signal)} (after ${minutes} min at most)` : `exit ${String(code)}`;
    throw new Error(`the ${name} build of the site failed (${ended}):\n${`${stdout}\n${stderr}`.slice(-4000)}`, {
      cause: error,
    });
  }
}
