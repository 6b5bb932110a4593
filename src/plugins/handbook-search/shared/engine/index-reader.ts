import { tokenize } from '../tokenize.ts';
import type {
  IndexManifest,
  IndexPack,
  IndexShard,
  PageRows,
  SectionChunk,
  SectionRecord,
  Vocabulary,
} from '../types.ts';
import { INDEX_FORMAT_VERSION, PAGE_ROWS } from '../types.ts';

/** Reads one index file by its path under search-index/ (fetch in the browser, the file system in tests). */
export type IndexFileLoader = (relativePath: string) => Promise<unknown>;

/**
 * Lazy, cached access to the index files: each file is asked for at most once
 * (the promise is cached, so concurrent queries share one request) and only
 * when a query needs it.
 */
export class IndexReader {
  private manifestPromise: Promise<IndexManifest> | undefined;
  private readonly shards = new Map<number, Promise<IndexShard>>();
  private readonly chunks = new Map<number, Promise<SectionChunk>>();
  /** The chunks that have arrived, by number: read without waiting (sectionInMemory). */
  private readonly chunksIn = new Map<number, SectionChunk>();
  /** Page rows from the packs, by pages-<n> number. */
  private readonly pageRows = new Map<number, PageRows>();
  private manifestIn: IndexManifest | undefined;
  private vocabularyPromise: Promise<Vocabulary> | undefined;
  /** The page of each section, by section id (sections of a page are contiguous). */
  private sectionPages: Int32Array = new Int32Array(0);
  /** The first section id of each page. */
  private pageStarts: Int32Array = new Int32Array(0);
  private synonymTerms: string[][][] = [];

  constructor(private readonly load: IndexFileLoader) {}

  manifest(): Promise<IndexManifest> {
    this.manifestPromise ??= this.load('manifest.json').then((value) => {
      const manifest = value as IndexManifest;
      if (manifest.formatVersion !== INDEX_FORMAT_VERSION) {
        throw new Error(
          `search index format ${manifest.formatVersion} is not the ${INDEX_FORMAT_VERSION} this page reads; rebuild the site.`,
        );
      }
      this.pageStarts = firstSectionOfEachPage(manifest);
      this.sectionPages = pageOfEachSection(manifest, this.pageStarts);
      this.synonymTerms = manifest.synonyms.map((names) =>
        names.map((name) => tokenize(name).map((token) => token.term)).filter((terms) => terms.length > 0),
      );
      this.manifestIn = manifest;
      return manifest;
    });
    return this.manifestPromise;
  }

  private file<T>(
    cache: Map<number, Promise<T>>,
    number: number,
    name: string,
    arrived: (content: T) => void = () => undefined,
  ): Promise<T> {
    let promise = cache.get(number);
    if (!promise) {
      promise = this.manifest().then(
        (manifest) => this.load(`${manifest.version}/${name}-${number}.json`) as Promise<T>,
      );
      // A failed request (offline for a moment) is retried by the next query.
      promise.then(arrived, () => cache.delete(number));
      cache.set(number, promise);
    }
    return promise;
  }

  shard(number: number): Promise<IndexShard> {
    return this.file(this.shards, number, 'shard');
  }

  vocabulary(): Promise<Vocabulary> {
    this.vocabularyPromise ??= this.manifest().then(
      (manifest) => this.load(`${manifest.version}/vocabulary.json`) as Promise<Vocabulary>,
    );
    return this.vocabularyPromise;
  }

  /** The vocabulary when it is fetched or on its way (a pack brings it), without asking for it. */
  vocabularyIfRequested(): Promise<Vocabulary> | undefined {
    return this.vocabularyPromise;
  }

  async section(sectionId: number): Promise<SectionRecord | undefined> {
    const manifest = await this.manifest();
    const chunk = lastAtOrBelow(manifest.chunkStarts, sectionId);
    if (chunk < 0) return undefined;
    const records = await this.file(this.chunks, chunk, 'sections', (content) => this.chunksIn.set(chunk, content));
    return records[sectionId - (manifest.chunkStarts[chunk] ?? 0)];
  }

  /**
   * A section's record if its chunk has arrived, without waiting: null when
   * it has not (or the manifest has not), undefined when there is no such
   * section.
   */
  sectionInMemory(sectionId: number): SectionRecord | null | undefined {
    const chunkStarts = this.manifestIn?.chunkStarts;
    if (!chunkStarts) return null;
    const chunk = lastAtOrBelow(chunkStarts, sectionId);
    if (chunk < 0) return undefined;
    const records = this.chunksIn.get(chunk);
    return records ? records[sectionId - (chunkStarts[chunk] ?? 0)] : null;
  }

  /** A page's URL and title when the packs brought them, or undefined. */
  pageRow(page: number): PageRows[number] | undefined {
    return this.pageRows.get(Math.floor(page / PAGE_ROWS))?.[page % PAGE_ROWS];
  }

  /**
   * Fetches pack number `number` and keeps every file in it, so no query
   * asks for those files again. A file already asked for keeps its own
   * request (the pack's copy is the same content).
   */
  async loadPack(number: number): Promise<void> {
    const manifest = await this.manifest();
    const pack = (await this.load(`${manifest.version}/pack-${number}.json`)) as IndexPack;
    for (const [kind, fileNumber, content] of pack) {
      if (kind === 'shard') {
        if (!this.shards.has(fileNumber)) this.shards.set(fileNumber, Promise.resolve(content));
      } else if (kind === 'sections') {
        if (!this.chunks.has(fileNumber)) {
          this.chunks.set(fileNumber, Promise.resolve(content));
          this.chunksIn.set(fileNumber, content);
        }
      } else if (kind === 'pages') {
        this.pageRows.set(fileNumber, content);
      } else {
        this.vocabularyPromise ??= Promise.resolve(content);
      }
    }
  }

  /** The page a section belongs to, or -1 (call after manifest() resolved). */
  pageOf(sectionId: number): number {
    return this.sectionPages[sectionId] ?? -1;
  }

  /** The page of each section, by section id (call after manifest() resolved; read only). */
  sectionPageTable(): Int32Array {
    return this.sectionPages;
  }

  /** The first section id of a page (call after manifest() resolved). */
  firstSectionOf(page: number): number {
    return this.pageStarts[page] ?? this.sectionPages.length;
  }

  /** Synonym groups as stem sequences (call after manifest() resolved). */
  synonymGroups(): string[][][] {
    return this.synonymTerms;
  }
}

/**
 * A table from section id to page number, built once per manifest: a query
 * that touches thousands of sections looks each one up, and a binary search
 * per section was a visible share of a keystroke at 2,000 pages.
 */
function pageOfEachSection(manifest: IndexManifest, starts: Int32Array): Int32Array {
  const pages = new Int32Array(manifest.sectionCount).fill(-1);
  starts.forEach((first, page) => pages.fill(page, first, starts[page + 1] ?? manifest.sectionCount));
  return pages;
}

function firstSectionOfEachPage(manifest: IndexManifest): Int32Array {
  const starts = new Int32Array(manifest.pageStartDeltas.length);
  let start = 0;
  manifest.pageStartDeltas.forEach((delta, page) => (starts[page] = start += delta));
  return starts;
}

/** Index of the last element ≤ value in an ascending array, or -1. */
function lastAtOrBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? Infinity) <= value) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
