// `npm run bench -- --sharded`: N = 2,000 (--sizes: other sizes) built once unsharded and once in two
// shards, as two machines would: each shard in its own checkout, both at once (on this machine they
// share its cores), then their shards/ folders copied into one checkout and merged. Wall times, peak
// memory, and the merged site compared file by file with the unsharded one.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeProject, writeArchive } from './archive.mjs';
import { compareSites, summary } from './incremental.mjs';
import { build } from './measure.mjs';

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);

export async function benchSharded(n, log, cleanup) {
  const projects = ['whole', 'shard-1', 'shard-2'].map((label) => makeProject(`sharded-${label}-n${n}`));
  cleanup.push(...projects);
  const [whole, ...machines] = projects;
  const figures = writeArchive(whole, n, { figures: true });
  for (const root of machines) writeArchive(root, n, { figures: true });
  const timed = async (name, run) => {
    log(`N = ${n}: ${name} …`);
    const load = loadAverage();
    const started = process.hrtime.bigint();
    const result = await run();
    const seconds = Math.round(Number(process.hrtime.bigint() - started) / 1e7) / 100;
    log(`  ${seconds} s (load before ${load.join(' ')})`);
    return { name, seconds, loadAverageBefore: load, ...result };
  };
  const unsharded = await timed('unsharded clean build', async () => ({ build: summary(await build(whole)) }));
  const shards = await timed('two shards at once, one checkout each', async () => ({
    builds: (
      await Promise.all(
        machines.map((root, k) => build(root, [], { incremental: true, args: ['--shard', `${k + 1}/2`] })),
      )
    ).map(summary),
  }));
  const merge = await timed('merge: both shards/ folders into the first checkout, then --merge', async () => {
    cpSync(join(machines[1], 'shards'), join(machines[0], 'shards'), { recursive: true });
    return { build: summary(await build(machines[0], [], { incremental: true, args: ['--merge'] })) };
  });
  const comparedWithUnsharded = compareSites(join(machines[0], 'dist'), join(whole, 'dist'));
  log(`  merged site identical to the unsharded one: ${comparedWithUnsharded.identical}`);
  return {
    explainers: n,
    figures,
    unsharded,
    shards,
    merge,
    shardedWallSeconds: Math.round((shards.seconds + merge.seconds) * 100) / 100,
    comparedWithUnsharded,
  };
}
