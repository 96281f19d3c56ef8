// `npm run bench -- --deploy`: a host's deploy path at N = 1,000 (--sizes: other sizes). One project
// is built cold, as the last deploy was; only its .cache/ is copied into a second project at another
// path with its own node_modules (a fresh checkout after `npm ci`, with the host's cache restored, and
// no dist/); there, with CI=true, an unchanged deploy and a deploy of one edited story are timed. The
// first project then gets the same edit and a clean build (--clean), compared file by file.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeProject, writeArchive } from './archive.mjs';
import { compareSites, editOneStory, summary } from './incremental.mjs';
import { build } from './measure.mjs';

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);

export async function benchDeploy(n, log) {
  const last = makeProject(`deploy-last-n${n}`);
  const host = makeProject(`deploy-host-n${n}`);
  const ci = { CI: 'true' };
  try {
    const figures = writeArchive(last, n, { figures: true });
    writeArchive(host, n, { figures: true });
    const results = [];
    const measure = async (name, root, options) => {
      log(`N = ${n}: ${name} …`);
      const before = loadAverage();
      const entry = { name, loadAverageBefore: before, ...summary(await build(root, [], options)) };
      entry.loadAverageAfter = loadAverage();
      log(`  ${entry.seconds} s (load ${before.join(' ')}), ${entry.filesCopied} routes copied`);
      results.push(entry);
      return entry;
    };
    await measure('the last deploy: cold, empty cache', last, { incremental: true, env: ci });
    const copyStarted = process.hrtime.bigint();
    cpSync(join(last, '.cache'), join(host, '.cache'), { recursive: true });
    const copySeconds = Number(process.hrtime.bigint() - copyStarted) / 1e9;
    const noOp = await measure('no-op deploy: fresh checkout, .cache/ restored', host, { incremental: true, env: ci });
    noOp.identicalToLastDeploy = compareSites(join(host, 'dist'), join(last, 'dist')).identical;
    const edit = editOneStory(n);
    for (const root of [host, last]) {
      const file = join(root, edit.file);
      writeFileSync(file, edit.apply(readFileSync(file, 'utf8')));
    }
    const edited = await measure(`deploy of ${edit.name}: .cache/ as the no-op deploy left it`, host, {
      incremental: true,
      env: ci,
    });
    const clean = await measure('clean build of the same content (--clean)', last);
    edited.comparedWithClean = compareSites(join(host, 'dist'), join(last, 'dist'));
    log(`  identical to clean: ${edited.comparedWithClean.identical}`);
    return { explainers: n, figures, cacheCopySeconds: Math.round(copySeconds * 10) / 10, builds: results, clean };
  } finally {
    for (const root of [last, host]) rmSync(root, { recursive: true, force: true });
  }
}
