import { buildCacheStore, cacheKey, type BuildCacheStore } from './build-cache.ts';

/**
 * Which entries of the site's data one story model read: per kind of data (datasets, sources,
 * facts…), the ids it looked up, found or not, or '*' when it went through them all. A model is a
 * pure function of its story's entry and of the answers to these lookups, so when the entry and
 * every answer are unchanged since the build that recorded them, so is the model, and the page.
 * That lets a rebuild key a page (src/site/page-keys.ts) without building its story model.
 */
export type Reads = Record<string, string[] | '*'>;

/** A Map that notes every key read through it; any walk over all its entries notes '*'. */
class RecordingMap<V> extends Map<string, V> {
  private readonly inner: ReadonlyMap<string, V>;
  private readonly note: (id: string | '*') => void;
  constructor(inner: ReadonlyMap<string, V>, note: (id: string | '*') => void) {
    super();
    this.inner = inner;
    this.note = note;
  }
  override get(id: string) {
    this.note(id);
    return this.inner.get(id);
  }
  override has(id: string) {
    this.note(id);
    return this.inner.has(id);
  }
  override get size() {
    this.note('*');
    return this.inner.size;
  }
  override keys() {
    this.note('*');
    return this.inner.keys();
  }
  override values() {
    this.note('*');
    return this.inner.values();
  }
  override entries() {
    this.note('*');
    return this.inner.entries();
  }
  override [Symbol.iterator]() {
    return this.entries();
  }
  override forEach(callback: (value: V, key: string, map: Map<string, V>) => void) {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
  override set(): this {
    throw new Error('recorded reads: this map is read-only');
  }
  override delete(): boolean {
    throw new Error('recorded reads: this map is read-only');
  }
  override clear() {
    throw new Error('recorded reads: this map is read-only');
  }
}

/** Watches maps while a model is built; `reads()` is what it read, in a stable order. */
export function readRecorder() {
  const noted = new Map<string, Set<string> | '*'>();
  return {
    watch<V>(kind: string, map: ReadonlyMap<string, V>): Map<string, V> {
      return new RecordingMap(map, (id) => {
        const ids = noted.get(kind);
        if (ids === '*') return;
        if (id === '*') noted.set(kind, '*');
        else if (ids) ids.add(id);
        else noted.set(kind, new Set([id]));
      });
    },
    reads(): Reads {
      return Object.fromEntries(
        [...noted]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([kind, ids]) => [kind, ids === '*' ? '*' : [...ids].sort()]),
      );
    },
  };
}

/** What `reads` read, as the maps hold it now: the other half of a page's key. */
export function answers(reads: Reads, maps: Readonly<Record<string, ReadonlyMap<string, unknown>>>): unknown {
  return Object.entries(reads).map(([kind, ids]) => {
    const map = maps[kind];
    if (!map) throw new Error(`recorded reads: no data of kind "${kind}"`);
    return [kind, ids === '*' ? [...map] : ids.map((id) => (map.has(id) ? [id, map.get(id)] : [id]))];
  });
}

let store: BuildCacheStore | null | undefined;

/** The store of recorded reads in a build made by scripts/build.mjs; null elsewhere. */
function readsStore(): BuildCacheStore | null {
  store ??= import.meta.env.PROD === true ? buildCacheStore('reads') : null;
  return store;
}

/** The reads recorded for a story entry (all of `entry`: its path, text and front matter) by an earlier build. */
export function storedReads(entry: unknown): Reads | undefined {
  const reads = readsStore();
  const bytes = reads?.cache.get(readsKey(reads.codeHash, entry));
  if (!bytes) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8')) as Reads;
  } catch {
    return undefined;
  }
}

export function storeReads(entry: unknown, reads: Reads): void {
  const target = readsStore();
  target?.cache.put(readsKey(target.codeHash, entry), Buffer.from(JSON.stringify(reads)));
}

function readsKey(codeHash: string, entry: unknown): string {
  return cacheKey(`reads\0${codeHash}`, entry);
}
