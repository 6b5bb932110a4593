// Docusaurus runs every plugin's postBuild at once, so a plugin that writes
// HTML in postBuild (the client redirect pages) could finish after the
// security headers hashed the inline scripts, and its script would be
// blocked. Such a plugin announces its writing here; the security headers
// wait for it before hashing. A global registry, because Docusaurus may load
// each plugin file as its own module instance.
const REGISTRY = Symbol.for('handbook.security-headers.html-writers');

type Registry = Map<string, Promise<unknown>[]>;

function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  holder[REGISTRY] ??= new Map();
  return holder[REGISTRY];
}

/** Called at the start of a postBuild that writes HTML into `outDir`. */
export function announceHtmlWriting(outDir: string, writing: Promise<unknown>): void {
  const list = registry().get(outDir) ?? [];
  list.push(writing);
  registry().set(outDir, list);
}

/** Resolves once every HTML writer of this build has finished (their failures are theirs to report). */
export async function htmlWritingDone(outDir: string): Promise<void> {
  // Every postBuild is started in one synchronous loop; one turn later all have announced.
  await new Promise((done) => setImmediate(done));
  await Promise.allSettled(registry().get(outDir) ?? []);
  registry().delete(outDir);
}
