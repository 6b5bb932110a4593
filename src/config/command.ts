/**
 * Whether this process is `docusaurus start` (`npm start`): the contributor's
 * preview, where every save runs each plugin's allContentLoaded again and
 * nothing is written for postBuild (design/dev-loop.md).
 */
export function isDevServer(argv: readonly string[] = process.argv): boolean {
  return argv[2] === 'start';
}
