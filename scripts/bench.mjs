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
//
// Each explainer i is the real story under another slug, with three of the real story's figures (taken
// in turn), each drawn from its own copy of the real data: values scaled, one row, event or cell
// dropped, ids prefixed so fact ids stay unique. Prints one JSON document on stdout.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const sizes = option('sizes', '100,200').split(',').map(Number);
const repeat = Number(option('repeat', '2'));
const log = (...words) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...words);

const storyPath = 'src/content/explainers/russia-syria-withdrawal.mdx';
const story = readFileSync(join(repo, storyPath), 'utf8');
const sources = readFileSync(join(repo, 'src/content/sources.yaml'), 'utf8');
const FIGURE_TAG = /^<(Chart|Timeline|PositionsTable)\b[^\n]*\/>\n?/gm;
/** The real story's figures: tag, id, and the data file each draws (whatever the story holds today). */
const realFigures = [...story.matchAll(FIGURE_TAG)].map(([tag, kind]) => {
  const [, attribute, dataset] = /\b(dataset|events|positions)="([^"]+)"/.exec(tag);
  return { tag: tag.trim(), kind, id: /\bid="([^"]+)"/.exec(tag)[1], attribute, dataset, file: `${dataset}.${kind === 'Chart' ? 'csv' : 'yaml'}` };
});
/** Every data file the story draws, read once. */
const realData = new Map(realFigures.map((figure) => [figure.file, readFileSync(join(repo, 'src/content/data', figure.file), 'utf8')]));
/** Rows quoted in the text ({{id}} in key points, <Fact id>) are never dropped. */
const factIds = [...story.matchAll(/\{\{\s*([a-z0-9-]+)\s*\}\}|<Fact id="([a-z0-9-]+)"/g)].map((m) => m[1] ?? m[2]);
const FIGURES_PER_EXPLAINER = 3;

// ------------------------------------------------------------------ the synthetic archive

/** A project copy like tests/build/site-builder.ts makeSite: code from the repo, content generated. */
function makeProject(label) {
  const root = mkdtempSync(join(tmpdir(), `explainers-bench-${label}-`));
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'scripts', 'public']) {
    cpSync(join(repo, name), join(root, name), { recursive: true, filter: (source) => !source.startsWith(join(repo, 'src/content/')) });
  }
  // Own node_modules folder of links: Astro's content cache (node_modules/.astro) stays per copy.
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(name)) symlinkSync(join(repo, 'node_modules', name), join(root, 'node_modules', name));
  }
  return root;
}

/** Deterministic variety: explainer i scales values by 1.00–1.40 and drops the (i mod n)-th item. */
function csvVariant(text, i, prefix, keep) {
  const [header, ...rows] = text.trimEnd().split('\n');
  const factor = 1 + (i % 9) * 0.05;
  const dropAt = i % rows.length;
  const out = rows
    .filter((row, at) => at !== dropAt || keep.some((id) => row.startsWith(`${id},`)))
    .map((row) => {
      const cells = splitCsvLine(row);
      cells[0] = `${prefix}${cells[0]}`;
      cells[6] = String(Math.round(Number(cells[6]) * factor));
      return cells.map((cell) => (/[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',');
    });
  return `${header}\n${out.join('\n')}\n`;
}

function splitCsvLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let k = 0; k < line.length; k++) {
    const ch = line[k];
    if (quoted && ch === '"' && line[k + 1] === '"') (cell += '"'), k++;
    else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) cells.push(cell), (cell = '');
    else cell += ch;
  }
  return [...cells, cell];
}

/** Drops the (i mod n)-th list item of a YAML block (`- id:` events, `  - party:` cells). */
function yamlVariant(text, i, itemStart) {
  const lines = text.split('\n');
  const starts = lines.flatMap((line, at) => (line.startsWith(itemStart) ? [at] : []));
  const from = starts[i % starts.length];
  const to = starts.find((at) => at > from) ?? lines.findIndex((line, at) => at > from && /^\S/.test(line) && !line.startsWith('#'));
  return [...lines.slice(0, from), ...lines.slice(to < 0 ? lines.length : to)].join('\n');
}

/**
 * Writes N explainers and their data; `figures: false` leaves the figure tags out of every story.
 * Explainer i has its own copy of every data file the real story draws, and shows three of the real
 * story's figures, taken in turn, so every kind of figure appears equally often.
 */
function writeArchive(root, n, { figures }) {
  const content = join(root, 'src/content');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(join(content, 'explainers'), { recursive: true });
  mkdirSync(join(content, 'data'), { recursive: true });
  writeFileSync(join(content, 'sources.yaml'), sources);
  let figureCount = 0;
  for (let i = 0; i < n; i++) {
    const slug = `explainer-${String(i).padStart(4, '0')}`;
    const prefix = `e${i}-`;
    const copyOf = (dataset) => `${slug}-${dataset}`;
    for (const [file, text] of realData) {
      const dataset = file.replace(/\.\w+$/, '');
      const variant = file.endsWith('.csv') ? csvVariant(text, i, prefix, factIds)
        : file.includes('positions') ? yamlVariant(text, i, '  - party:') : yamlVariant(text, i, '- id:');
      writeFileSync(join(content, 'data', `${copyOf(dataset)}.${file.split('.').pop()}`), variant);
    }
    const shown = Array.from({ length: Math.min(FIGURES_PER_EXPLAINER, realFigures.length) }, (_, j) => realFigures[(i + j) % realFigures.length]);
    const body = story
      .replace(/^slug: .*\n/m, `slug: ${slug}\n`)
      .replace(/^title: "(.*)"$/m, `title: "$1 (${i + 1})"`)
      .replace(/\{\{\s*([a-z0-9-]+)\s*\}\}/g, `{{${prefix}$1}}`)
      .replace(/<Fact id="([a-z0-9-]+)"/g, `<Fact id="${prefix}$1"`)
      .replace(FIGURE_TAG, (tag) => {
        const figure = realFigures.find((f) => f.tag === tag.trim());
        if (!figures || !shown.includes(figure)) return '';
        return tag.replace(`${figure.attribute}="${figure.dataset}"`, `${figure.attribute}="${copyOf(figure.dataset)}"`);
      });
    if (figures) figureCount += shown.length;
    writeFileSync(join(content, 'explainers', `${slug}.mdx`), body);
  }
  return figureCount;
}

/** The same project with Astro's default Markdown processor instead of unified + our remark plugins. */
function setProcessor(root, processor) {
  const original = readFileSync(join(repo, 'astro.config.mjs'), 'utf8');
  const config = processor === 'unified' ? original : original.replace(/^\s*processor: unified\(.*\),\n/m, '');
  if (processor !== 'unified' && config === original) throw new Error('bench: cannot find markdown.processor in astro.config.mjs');
  writeFileSync(join(root, 'astro.config.mjs'), config);
}

// ------------------------------------------------------------------ one measured build

/** Every process below `pid` (Linux /proc), for the memory of the whole build tree. */
function processTree(pid) {
  const pids = [pid];
  for (let k = 0; k < pids.length; k++) {
    try {
      for (const task of readdirSync(`/proc/${pids[k]}/task`)) {
        const children = readFileSync(`/proc/${pids[k]}/task/${task}/children`, 'utf8').trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // the process ended between two reads
    }
  }
  return pids;
}

function rssKiB(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function build(root, extraNodeArgs = []) {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  const node = join(repo, 'node_modules/.bin/node');
  const timeV = existsSync('/usr/bin/time');
  const command = timeV ? '/usr/bin/time' : node;
  const argv = [...(timeV ? ['-v', node] : []), ...extraNodeArgs, 'scripts/build.mjs'];
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, argv, { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE: 'https://bench.example', ASTRO_LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    /** Each log line with the milliseconds since the start at which it arrived. */
    const lines = [];
    const partial = { out: '', err: '' };
    const stamp = (stream, chunk) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const parts = (partial[stream] + String(chunk)).split('\n');
      partial[stream] = parts.pop();
      for (const line of parts) if (line.trim()) lines.push({ ms, line: line.replace(/\u001b\[[0-9;]*m/g, '') });
    };
    child.stdout.on('data', (chunk) => ((stdout += chunk), stamp('out', chunk)));
    child.stderr.on('data', (chunk) => ((stderr += chunk), stamp('err', chunk)));
    let peakTree = 0;
    const poll = setInterval(() => {
      peakTree = Math.max(peakTree, processTree(child.pid).reduce((sum, pid) => sum + rssKiB(pid), 0));
    }, 100);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return fail(new Error(`build failed in ${root}:\n${stderr.slice(-3000)}`));
      const maxRss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0);
      // CPU time of the whole tree (user + system): less sensitive than wall time to other work on the machine.
      const cpu = ['User', 'System'].reduce((sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? NaN), 0);
      done({ seconds, cpuSeconds: cpu, peakTreeMiB: Math.round(peakTree / 1024), maxProcessRssMiB: Math.round(maxRss / 1024), ...phasesOf(lines, seconds * 1000), ...countOutput(join(root, 'dist')) });
    });
  });
}

/**
 * Where the time went, from Astro's info log: phases by when their first line arrived, and the
 * "(+12ms)" Astro prints for every route it generates, summed by kind of route.
 */
function phasesOf(lines, totalMs) {
  const at = (pattern) => lines.find(({ line }) => pattern.test(line))?.ms;
  const marks = [
    ['startup and config', 0],
    ['content layer (load and validate data)', at(/\[content\] Syncing content/)],
    ['types and build setup', at(/\[content\] Synced content/)],
    ['bundle (vite)', at(/Building static entrypoints/)],
    ['generate routes (render pages)', at(/generating static routes/)],
    ['after Astro (sitemap, search index, swap)', at(/page\(s\) built in/)],
    ['end', totalMs],
  ];
  const phasesMs = {};
  for (let k = 0; k < marks.length - 1; k++) {
    const next = marks.slice(k + 1).find(([, ms]) => ms !== undefined)?.[1];
    if (marks[k][1] !== undefined && next !== undefined) phasesMs[marks[k][0]] = Math.round(next - marks[k][1]);
  }
  const routesMs = {};
  for (const { line } of lines) {
    const route = /[├└]─ (\S+) \(\+([\d.]+)(m?s)\)/.exec(line);
    if (!route) continue;
    const kind = routeKind(route[1]);
    routesMs[kind] = Math.round((routesMs[kind] ?? 0) + Number(route[2]) * (route[3] === 'ms' ? 1 : 1000));
  }
  return { phasesMs, routesMs };
}

function routeKind(path) {
  if (/^\/explainers\/[^/]+\//.test(path)) return 'explainer pages';
  if (/^\/embed\//.test(path)) return 'embed pages';
  if (/^\/cards\//.test(path)) return 'social cards';
  if (/^\/data\/[^/]+\/[^/]+\.csv$/.test(path)) return 'figure CSVs';
  if (/^\/data\/[^/]+\.csv$/.test(path)) return 'dataset CSVs';
  return 'other pages';
}

function countOutput(dist) {
  let pages = 0;
  let files = 0;
  let bytes = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        files++;
        bytes += statSync(path).size;
        if (entry.name.endsWith('.html')) pages++;
      }
    }
  };
  walk(dist);
  return { pages, files, megabytes: Math.round(bytes / 1e5) / 10 };
}

// ------------------------------------------------------------------ CPU profile

/** Self time by function and by module, from the .cpuprofile files a --cpu-prof build wrote. */
function summariseProfiles(dir) {
  const byFunction = new Map();
  const byModule = new Map();
  const inclusive = new Map();
  let total = 0;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const self = new Map();
    for (let k = 0; k < profile.samples.length; k++) {
      const dt = profile.timeDeltas[k] ?? 0;
      self.set(profile.samples[k], (self.get(profile.samples[k]) ?? 0) + dt);
    }
    // Inclusive time of our own functions (bundled chunks, not packages): a function's samples and
    // its callees', counted once where it calls itself.
    const children = new Map(profile.nodes.map((node) => [node.id, node.children ?? []]));
    const subtree = new Map();
    const sizeOf = (id) => {
      if (!subtree.has(id)) subtree.set(id, (self.get(id) ?? 0) + children.get(id).reduce((sum, child) => sum + sizeOf(child), 0));
      return subtree.get(id);
    };
    const walk = (id, open) => {
      const { callFrame } = nodes.get(id);
      const name = /\.prerender\//.test(callFrame.url) && callFrame.functionName ? `${callFrame.functionName} ${moduleOf(callFrame.url)}` : undefined;
      if (name && !open.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + sizeOf(id));
      const next = name && !open.has(name) ? new Set([...open, name]) : open;
      for (const child of children.get(id)) walk(child, next);
    };
    walk(profile.nodes[0].id, new Set());
    for (const [id, micros] of self) {
      const { callFrame } = nodes.get(id);
      total += micros;
      const module = moduleOf(callFrame.url) || `(${callFrame.functionName || 'native'})`;
      const fn = `${callFrame.functionName || '(anonymous)'} ${module}${callFrame.url ? `:${callFrame.lineNumber + 1}` : ''}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
      byModule.set(module, (byModule.get(module) ?? 0) + micros);
    }
  }
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, micros]) => ({ name, ms: Math.round(micros / 1000), percent: Math.round((micros / total) * 1000) / 10 }));
  return { sampledSeconds: Math.round(total / 1e5) / 10, byModule: top(byModule, 25), byFunction: top(byFunction, 30), inclusive: top(inclusive, 30) };
}

/** node_modules/<package>, or the bundled chunk's name (Astro names chunks after their first module). */
function moduleOf(url) {
  if (!url) return '';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const chunk = /\.prerender\/(?:chunks\/)?([^/]+?)(?:_[\w-]{8})?\.mjs$/.exec(url);
  if (chunk) return `chunk:${chunk[1]}`;
  return url.replace(/^file:\/\/\/tmp\/[^/]+\//, '').replace(/^node:/, 'node:');
}

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
    report.archive = { root, explainers: sizes[0], figures: writeArchive(root, sizes[0], { figures: !flag('no-figures') }) };
  } else if (flag('profile')) {
    const root = makeProject('profile');
    cleanup.push(root);
    const n = args.includes('--sizes') ? sizes[0] : 100;
    const figures = writeArchive(root, n, { figures: true });
    const dir = join(root, 'cpu-profile');
    log(`profiling a ${n}-explainer build (${figures} figures) …`);
    const result = await build(root, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    report.profile = { explainers: n, figures, seconds: round(result.seconds), phasesMs: result.phasesMs, routesMs: result.routesMs, ...summariseProfiles(dir) };
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
      const detail = (result) => ({ seconds: round(result.seconds), cpuSeconds: round(result.cpuSeconds), pages: result.pages, phasesMs: result.phasesMs, routesMs: result.routesMs });
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
        msPerFigure: { total: round((full.seconds * 1000) / figures), marginal: round(((full.seconds - noFigures.seconds) * 1000) / figures) },
        peakMemoryMiB: { processTree: Math.max(...runs.full.map((result) => result.peakTreeMiB)), largestProcess: Math.max(...runs.full.map((result) => result.maxProcessRssMiB)) },
        phasesMs: full.phasesMs,
        routesMs: full.routesMs,
        figureOverhead: { ratio: round(full.seconds / noFigures.seconds, 3), cpuRatio: round(full.cpuSeconds / noFigures.cpuSeconds, 3), withoutFigures: detail(noFigures), allRunsSeconds: runs.noFigures.map((result) => round(result.seconds)) },
        markdownPipeline: {
          ratio: round(noFigures.seconds / defaultProcessor.seconds, 3),
          cpuRatio: round(noFigures.cpuSeconds / defaultProcessor.cpuSeconds, 3),
          compared: 'the figure-less archive built with markdown.processor = unified({ remarkPlugins }) (as shipped) vs. the same archive with markdown.processor left at Astro\'s default',
          defaultProcessor: detail(defaultProcessor),
          allRunsSeconds: runs.defaultProcessor.map((result) => round(result.seconds)),
        },
      };
    }
    const measured = Object.values(report.sizes).sort((a, b) => a.explainers - b.explainers);
    for (let k = 1; k < measured.length; k++) {
      const [a, b] = [measured[k - 1], measured[k]];
      report.growth ??= [];
      report.growth.push({ from: a.explainers, to: b.explainers, explainersRatio: round(b.explainers / a.explainers, 3), timeRatio: round(b.seconds / a.seconds, 3), cpuRatio: round(b.cpuSeconds / a.cpuSeconds, 3) });
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
