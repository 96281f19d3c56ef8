// Build benchmark: a synthetic archive made from the real explainer, built with the real build.
//
//   npm run bench                         N = 100 and 200: time, pages/s, ms per figure, peak memory,
//                                         figure overhead and Markdown pipeline cost at N = 100
//   npm run bench -- --sizes 500,1000     the large archive (takes minutes)
//   npm run bench -- --profile            one N = 100 build under --cpu-prof: where the time goes
//                                         (--profile --sizes 300: another size)
//   npm run bench -- --repeat 3           build each variant 3 times (default 2) and keep the fastest
//   npm run bench -- --keep               leave the generated archives in the temporary folder
//   npm run bench -- --archive --sizes 300  only write a 300-explainer archive and print where
//   npm run bench -- --incremental        N = 1,000: cold, no-op and edited rebuilds, each compared
//                                         file by file with a clean build (--sizes: other sizes)
//   npm run bench -- --scale --sizes 1250,2500,5000   one clean build per size: time, memory, growth
//   npm run bench -- --sharded            N = 2,000: unsharded, then two shards at once in two checkouts
//                                         and their merge; wall times, and the two sites compared
//   npm run bench -- --deploy             N = 1,000: a host's deploy (fresh checkout at another path,
//                                         only .cache/ restored, CI=true): no-op and one story edited
//
// Every build is a clean build (`--clean`) except those of --incremental and --deploy.
//
// Each explainer i is the real story under another slug, with three of the real story's figures (taken
// in turn), each drawn from its own copy of the real data: values scaled, one row, event or cell
// dropped, ids prefixed so fact ids stay unique. Prints one JSON document on stdout.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { join } from 'node:path';
import { makeProject, repo, setProcessor, writeArchive } from './bench/archive.mjs';
import { benchDeploy } from './bench/deploy.mjs';
import { benchIncremental } from './bench/incremental.mjs';
import { benchSharded } from './bench/sharded.mjs';
import { benchScale } from './bench/scale.mjs';
import { build } from './bench/measure.mjs';
import { summariseProfiles } from './bench/profile.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const sizes = option('sizes', '100,200').split(',').map(Number);
const repeat = Number(option('repeat', '2'));
const log = (...words) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...words);

// ------------------------------------------------------------------ main

const machine = {
  date: new Date().toISOString(),
  node: spawnSync(join(repo, 'node_modules/.bin/node'), ['--version'], { encoding: 'utf8' }).stdout.trim(),
  nproc: cpus().length,
  cpu: cpus()[0]?.model,
  memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  freeGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
  loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number),
};
const report = { machine, sizes: {} };
const cleanup = [];

try {
  if (flag('archive')) {
    // Only write the archive (for experiments by hand): node scripts/build.mjs in the printed folder.
    const root = makeProject(`archive-n${sizes[0]}`);
    report.archive = {
      root,
      explainers: sizes[0],
      figures: writeArchive(root, sizes[0], { figures: !flag('no-figures') }),
    };
  } else if (flag('incremental')) {
    report.incremental = [];
    for (const n of args.includes('--sizes') ? sizes : [1000]) report.incremental.push(await benchIncremental(n, log));
  } else if (flag('sharded')) {
    report.sharded = [];
    for (const n of args.includes('--sizes') ? sizes : [2000]) report.sharded.push(await benchSharded(n, log, cleanup));
  } else if (flag('deploy')) {
    report.deploy = [];
    for (const n of args.includes('--sizes') ? sizes : [1000]) report.deploy.push(await benchDeploy(n, log));
  } else if (flag('scale')) {
    report.scale = await benchScale(sizes, log);
  } else if (flag('profile')) {
    const root = makeProject('profile');
    cleanup.push(root);
    const n = args.includes('--sizes') ? sizes[0] : 100;
    const figures = writeArchive(root, n, { figures: true });
    const dir = join(root, 'cpu-profile');
    log(`profiling a ${n}-explainer build (${figures} figures) …`);
    const result = await build(root, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    report.profile = {
      explainers: n,
      figures,
      seconds: round(result.seconds),
      phasesMs: result.phasesMs,
      routesMs: result.routesMs,
      ...summariseProfiles(dir),
    };
  } else {
    for (const n of sizes) {
      const root = makeProject(`n${n}`);
      cleanup.push(root);
      // Interleaved and repeated, keeping each variant's fastest run: other work on the machine
      // only ever adds time, so the minimum is the best estimate of the build's own cost.
      const runs = { full: [], noFigures: [], defaultProcessor: [] };
      let figures = 0;
      for (let r = 0; r < repeat; r++) {
        log(`N = ${n}, run ${r + 1}/${repeat}: full archive …`);
        figures = writeArchive(root, n, { figures: true });
        runs.full.push(await build(root));
        log(`  ${round(runs.full.at(-1).seconds)} s, ${runs.full.at(-1).pages} pages; without figures …`);
        writeArchive(root, n, { figures: false });
        runs.noFigures.push(await build(root));
        log(`  ${round(runs.noFigures.at(-1).seconds)} s; without figures, Astro's default Markdown processor …`);
        setProcessor(root, 'default');
        runs.defaultProcessor.push(await build(root));
        setProcessor(root, 'unified');
        log(`  ${round(runs.defaultProcessor.at(-1).seconds)} s`);
      }
      const best = (list) => list.reduce((a, b) => (b.seconds < a.seconds ? b : a));
      const [full, noFigures, defaultProcessor] = [best(runs.full), best(runs.noFigures), best(runs.defaultProcessor)];
      const detail = (result) => ({
        seconds: round(result.seconds),
        cpuSeconds: round(result.cpuSeconds),
        pages: result.pages,
        phasesMs: result.phasesMs,
        routesMs: result.routesMs,
      });
      report.sizes[n] = {
        explainers: n,
        figures,
        seconds: round(full.seconds),
        cpuSeconds: round(full.cpuSeconds),
        allRunsSeconds: runs.full.map((result) => round(result.seconds)),
        pages: full.pages,
        files: full.files,
        megabytes: full.megabytes,
        pagesPerSecond: round(full.pages / full.seconds),
        msPerFigure: {
          total: round((full.seconds * 1000) / figures),
          marginal: round(((full.seconds - noFigures.seconds) * 1000) / figures),
        },
        peakMemoryMiB: {
          processTree: Math.max(...runs.full.map((result) => result.peakTreeMiB)),
          largestProcess: Math.max(...runs.full.map((result) => result.maxProcessRssMiB)),
        },
        phasesMs: full.phasesMs,
        routesMs: full.routesMs,
        figureOverhead: {
          ratio: round(full.seconds / noFigures.seconds, 3),
          cpuRatio: round(full.cpuSeconds / noFigures.cpuSeconds, 3),
          withoutFigures: detail(noFigures),
          allRunsSeconds: runs.noFigures.map((result) => round(result.seconds)),
        },
        markdownPipeline: {
          ratio: round(noFigures.seconds / defaultProcessor.seconds, 3),
          cpuRatio: round(noFigures.cpuSeconds / defaultProcessor.cpuSeconds, 3),
          compared:
            "the figure-less archive built with markdown.processor = unified({ remarkPlugins }) (as shipped) vs. the same archive with markdown.processor left at Astro's default",
          defaultProcessor: detail(defaultProcessor),
          allRunsSeconds: runs.defaultProcessor.map((result) => round(result.seconds)),
        },
      };
    }
    const measured = Object.values(report.sizes).sort((a, b) => a.explainers - b.explainers);
    for (let k = 1; k < measured.length; k++) {
      const [a, b] = [measured[k - 1], measured[k]];
      report.growth ??= [];
      report.growth.push({
        from: a.explainers,
        to: b.explainers,
        explainersRatio: round(b.explainers / a.explainers, 3),
        timeRatio: round(b.seconds / a.seconds, 3),
        cpuRatio: round(b.cpuSeconds / a.cpuSeconds, 3),
      });
    }
  }
} finally {
  if (!flag('keep') && !flag('archive')) for (const root of cleanup) rmSync(root, { recursive: true, force: true });
  else log('kept', cleanup.join(' '));
}

console.log(JSON.stringify(report, null, 2));

function round(x, digits = 2) {
  return Math.round(x * 10 ** digits) / 10 ** digits;
}
