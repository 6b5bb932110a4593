// Reads blobs through one `git cat-file --batch` process that stays open for
// the whole pass: ids go in on stdin, "<id> blob <size>\n<content>\n" comes
// back for each, in order. The pass asks for one page's blobs at a time and
// lets go of them once that page's file is written, so the pass holds one
// page's texts, never the texts of the whole repository
// (design/page-history.md).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

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
}

/** One request: the blobs still awaited, in the order git answers them. */
type Request = {
  ids: string[];
  convert: (content: Buffer) => unknown;
  results: Map<string, unknown>;
  resolve: (results: Map<string, unknown>) => void;
  reject: (error: Error) => void;
};

/** A `git cat-file --batch` process serving one request at a time; close it when done. */
export type BlobReader = {
  /** The blobs `ids` (each once), converted by `convert` as each arrives, so the raw bytes are not kept. */
  read<T>(ids: Iterable<string>, convert: (content: Buffer) => T): Promise<Map<string, T>>;
  /** Ends the git process and waits for it; rejects with git's message when it failed. */
  close(): Promise<void>;
};

export function openBlobReader(siteDir: string): BlobReader {
  const child: ChildProcessWithoutNullStreams = spawn('git', ['cat-file', '--batch'], {
    cwd: siteDir,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let current: Request | null = null;
  let failure: Error | null = null;
  let stderr = '';
  const fail = (error: Error) => {
    failure ??= error;
    current?.reject(failure);
    current = null;
  };
  const parser = new CatFileBatchParser((id, content) => {
    const request = current;
    if (request === null || request.ids[request.results.size] !== id) {
      throw new Error(`git cat-file answered ${id}, which was not asked for`);
    }
    // Converted at once: `content` is a view of the stream's buffer, which must not be kept alive.
    request.results.set(id, request.convert(content));
    if (request.results.size === request.ids.length) {
      current = null;
      request.resolve(request.results);
    }
  });
  child.stdout.on('data', (chunk: Buffer) => {
    if (failure) return;
    try {
      parser.push(chunk);
    } catch (error) {
      fail(error as Error);
      child.kill();
    }
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const closed = new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      fail(error);
      resolve(null);
    });
    child.on('close', (code) => {
      if (code !== 0) fail(new Error(`git cat-file failed (exit ${code}): ${stderr.trim()}`));
      else if (current) fail(new Error(`git cat-file ended before answering ${current.ids.length} blobs`));
      resolve(code);
    });
  });
  // Writing to a git that has exited fails; its exit status and message, reported on close, say why.
  child.stdin.on('error', () => undefined);

  return {
    read<T>(ids: Iterable<string>, convert: (content: Buffer) => T): Promise<Map<string, T>> {
      const unique = [...new Set(ids)];
      if (failure) return Promise.reject(failure);
      if (current) return Promise.reject(new Error('openBlobReader: one read at a time'));
      if (unique.length === 0) return Promise.resolve(new Map());
      return new Promise<Map<string, unknown>>((resolve, reject) => {
        current = { ids: unique, convert, results: new Map(), resolve, reject };
        child.stdin.write(`${unique.join('\n')}\n`);
      }) as Promise<Map<string, T>>;
    },
    async close() {
      child.stdin.end();
      await closed;
      if (failure) throw failure;
    },
  };
}
