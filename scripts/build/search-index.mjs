// The search index: Pagefind indexes the published explainers (pages marked data-pagefind-body)
// into <site>/pagefind/. Pagefind 1.x has no incremental mode, so its cost is paid whenever an
// explainer page changed; when none did (an edit to a dataset CSV, an embed-only change, a no-op),
// the index of the last build is reused: the same pages, indexed by the same Pagefind, give the same files.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { fileSums, hashOf, matchesSums } from './file-sums.mjs';

const PAGES = 'explainers';

/** `codeHash` covers this file and the Pagefind package (scripts/build/inputs.mjs). */
export async function writeSearchIndex(site, cacheDir, codeHash) {
  const saved = join(cacheDir, 'search');
  const keyFile = join(cacheDir, 'search.json');
  const key = hashOf([
    ['(code)', Buffer.from(codeHash)],
    ...Object.entries(fileSums(join(site, PAGES)))
      .filter(([file]) => file.endsWith('.html'))
      .map(([file, sum]) => [file, Buffer.from(sum)]),
  ]);
  const last = readJson(keyFile);
  if (last?.key === key && matchesSums(saved, last.sums)) {
    cpSync(saved, join(site, 'pagefind'), { recursive: true });
    return 'reused';
  }
  await indexPages(site);
  rmSync(keyFile, { force: true });
  rmSync(saved, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  cpSync(join(site, 'pagefind'), saved, { recursive: true });
  writeFileSync(keyFile, JSON.stringify({ key, sums: fileSums(saved) }));
  return 'indexed';
}

async function indexPages(site) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Search index: ${errors.join('; ')}`);
  // Only explainer pages carry data-pagefind-body; reading just them gives the same index in a
  // fraction of the time (embed pages alone are three per explainer).
  const added = await index.addDirectory({ path: site, glob: `${PAGES}/**/*.html` });
  if (added.errors.length) throw new Error(`Search index: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Search index: ${written.errors.join('; ')}`);
  await pagefind.close();
}

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
}
