// `npm run bench -- --scale --sizes 1250,2500,5000`: one clean build of each archive size, full
// archive only, for time, memory and growth per doubling at sizes too large to build three variants of.
import { rmSync } from 'node:fs';
import { makeProject, writeArchive } from './archive.mjs';
import { build } from './measure.mjs';

export async function benchScale(sizes, log) {
  const builds = [];
  for (const n of sizes) {
    const root = makeProject(`scale-n${n}`);
    try {
      const figures = writeArchive(root, n, { figures: true });
      log(`N = ${n}: clean build of the full archive (${figures} figures) …`);
      const result = await build(root);
      log(`  ${round(result.seconds)} s, peak ${result.peakTreeMiB} MiB`);
      builds.push({
        explainers: n,
        figures,
        pages: result.pages,
        files: result.files,
        megabytes: result.megabytes,
        seconds: round(result.seconds),
        cpuSeconds: round(result.cpuSeconds),
        peakMemoryMiB: { processTree: result.peakTreeMiB, largestProcess: result.maxProcessRssMiB },
        phasesMs: result.phasesMs,
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  const growth = builds.slice(1).map((b, k) => ({
    from: builds[k].explainers,
    to: b.explainers,
    timeRatio: round(b.seconds / builds[k].seconds, 3),
    cpuRatio: round(b.cpuSeconds / builds[k].cpuSeconds, 3),
    memoryRatio: round(b.peakMemoryMiB.processTree / builds[k].peakMemoryMiB.processTree, 3),
  }));
  return { builds, growth };
}

function round(x, digits = 2) {
  return Math.round(x * 10 ** digits) / 10 ** digits;
}
