/**
 * A Map that keeps only its `capacity` most recently used entries. The
 * engine keeps what one keystroke computed for the next: a reader typing
 * "capacity planning r" asks about "capacity" and "planning" on every key,
 * and the top pages' excerpts come back from one key to the next.
 */
export class RecentCache<Key, Value> {
  private readonly entries = new Map<Key, Value>();

  constructor(private readonly capacity: number) {}

  get(key: Key): Value | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Map keeps insertion order: re-inserting marks the entry as the newest.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: Key, value: Value): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as Key);
  }

  get size(): number {
    return this.entries.size;
  }
}
