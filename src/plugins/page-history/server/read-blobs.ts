// Reads many blobs through one `git cat-file --batch` process: ids go in on
// stdin, "<id> blob <size>\n<content>\n" comes back for each, in order. Each
// blob is handed to `convert` as it arrives, so only the converted text (the
// words a reader sees) is kept, not every raw file at once.
import { spawn } from 'node:child_process';

/** Parses the --batch stream incrementally; `onBlob` gets each blob's id and bytes. */
class CatFileBatchParser {
  private buffered: Buffer = Buffer.alloc(0);

  constructor(private readonly onBlob: (id: string, content: Buffer) => void) {}

  push(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    for (;;) {
      const headerEnd = this.buffered.indexOf(0x0a);
      if (headerEnd === -1) return;
      const header = this.buffered.subarray(0, headerEnd).toString('utf8');
      const [id = '', type = '', size = ''] = header.split(' ');
      if (type === 'missing' || type === 'ambiguous') {
        throw new Error(`git cat-file: blob ${id} is ${type}; is the clone complete?`);
      }
      const length = Number(size);
      // The content is followed by one newline.
      if (this.buffered.length < headerEnd + 1 + length + 1) return;
      const start = headerEnd + 1;
      this.onBlob(id, this.buffered.subarray(start, start + length));
      this.buffered = this.buffered.subarray(start + length + 1);
    }
  }

  /** True when every announced blob has been read whole. */
  get finished(): boolean {
    return this.buffered.length === 0;
  }
}

/** The blobs `ids` (each once), converted by `convert`, from one git process. */
export function readBlobs<T>(
  siteDir: string,
  ids: Iterable<string>,
  convert: (content: Buffer) => T,
): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  const results = new Map<string, T>();
  if (unique.length === 0) return Promise.resolve(results);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: siteDir, stdio: ['pipe', 'pipe', 'pipe'] });
    const parser = new CatFileBatchParser((id, content) => results.set(id, convert(content)));
    let stderr = '';
    let failure: Error | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      if (failure) return;
      try {
        parser.push(chunk);
      } catch (error) {
        failure = error as Error;
        child.kill();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (failure) reject(failure);
      else if (code !== 0) reject(new Error(`git cat-file failed (exit ${code}): ${stderr.trim()}`));
      else if (!parser.finished || results.size !== unique.length) {
        reject(new Error(`git cat-file returned ${results.size} of ${unique.length} blobs`));
      } else resolve(results);
    });
    child.stdin.on('error', reject);
    child.stdin.end(`${unique.join('\n')}\n`);
  });
}
