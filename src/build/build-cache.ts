import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { serialize } from 'node:v8';

/**
 * A folder of build outputs kept between builds, each stored under a key that names everything
 * its bytes depend on. An entry carries its own key, length and SHA-256, so a truncated or
 * foreign file is recognised, removed and treated as missing: a damaged cache costs time, never
 * a wrong page. Entries are written to a temporary name and renamed, so a killed build leaves
 * whole entries or none.
 */
export interface BuildCache {
  get(key: string): Buffer | undefined;
  put(key: string, bytes: Uint8Array): void;
}

/** Bumped when the entry layout changes: older entries then read as damaged and are rewritten. */
const FORMAT = 'explainers-build-cache 1';

/** The key of `parts` under `namespace`: a SHA-256 of their structured-clone serialisation. */
export function cacheKey(namespace: string, parts: unknown): string {
  // v8.serialize keeps Maps, Sets and Dates (JSON would drop them) and throws on functions, so a
  // key cannot silently leave an input out. Same data, same bytes; a different order only misses.
  return createHash('sha256').update(namespace).update('\0').update(serialize(parts)).digest('hex');
}

/** One store of the build cache scripts/build.mjs set up, with the code hash every key must include. */
export interface BuildCacheStore {
  cache: BuildCache;
  codeHash: string;
}

/**
 * The store `name` (figures, mdx, reads) of the cache scripts/build.mjs set up for this build
 * (EXPLAINERS_CACHE_DIR, EXPLAINERS_CODE_HASH), or null: `npm run dev`, tests and a bare
 * `astro build` cache nothing. Callers in bundled code check `import.meta.env.PROD` too.
 */
export function buildCacheStore(name: string): BuildCacheStore | null {
  const { EXPLAINERS_CACHE_DIR: dir, EXPLAINERS_CODE_HASH: codeHash } = process.env;
  return dir && codeHash ? { cache: openBuildCache(join(dir, name)), codeHash } : null;
}

export function openBuildCache(dir: string): BuildCache {
  const fileOf = (key: string) => {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`build cache: "${key}" is not a cache key`);
    return join(dir, key.slice(0, 2), key);
  };
  return {
    get(key) {
      const file = fileOf(key);
      let stored: Buffer;
      try {
        stored = readFileSync(file);
      } catch {
        return undefined;
      }
      const payload = unwrap(stored, key);
      if (payload === undefined) rmSync(file, { force: true });
      else touch(file);
      return payload;
    },
    put(key, bytes) {
      const file = fileOf(key);
      mkdirSync(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
      writeFileSync(temporary, Buffer.concat([header(key, bytes), bytes]));
      renameSync(temporary, file);
    },
  };
}

/** Marks an entry as used: the build sweeps entries long unused (scripts/build/sweep-cache.mjs). */
function touch(file: string) {
  try {
    utimesSync(file, new Date(), new Date());
  } catch {
    // Swept meanwhile by another build: the entry read is whole all the same.
  }
}

function header(key: string, bytes: Uint8Array): Buffer {
  return Buffer.from(`${FORMAT} ${key} ${bytes.length} ${sha256(bytes)}\n`);
}

/** The payload of a stored entry, or undefined when it is not whole, not this key's, or not this format's. */
function unwrap(stored: Buffer, key: string): Buffer | undefined {
  const end = stored.indexOf(0x0a);
  if (end < 0) return undefined;
  const match = /^(.*) ([0-9a-f]{64}) (\d+) ([0-9a-f]{64})$/.exec(stored.subarray(0, end).toString('latin1'));
  if (!match || match[1] !== FORMAT || match[2] !== key) return undefined;
  const payload = stored.subarray(end + 1);
  if (payload.length !== Number(match[3]) || sha256(payload) !== match[4]) return undefined;
  return payload;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
