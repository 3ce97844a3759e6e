/**
 * A small least-recently-used cache. Typing repeats work: every keystroke of
 * "morning after pill" after "morning " searches the word "morning" again, and
 * Backspace returns to a query just searched. Bounded, because one entry for a
 * two-letter pattern can hold thousands of records.
 */
export class LruCache<K, V> {
  // A Map iterates in insertion order, so its first key is always the least recently used.
  private readonly entries = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError('capacity must be a whole number ≥ 0');
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key) as V;
    // Re-insert to mark it as the most recently used.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    if (this.capacity === 0) return;
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }

  clear(): void {
    this.entries.clear();
  }
}
