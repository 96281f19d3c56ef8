// One measured build: wall and CPU time, peak memory of the process tree, Astro's phases and routes.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from './archive.mjs';

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

/**
 * One build of the project at `root`. By default a clean build from an empty dist/ (`--clean`: no
 * cache read), as every measurement before incremental builds was; `{ incremental: true }` keeps
 * dist/ and the build cache, as a journalist's rebuild would.
 */
export function build(root, extraNodeArgs = [], { incremental = false, env = {}, args = [] } = {}) {
  if (!incremental) rmSync(join(root, 'dist'), { recursive: true, force: true });
  const node = join(repo, 'node_modules/.bin/node');
  const timeV = existsSync('/usr/bin/time');
  const command = timeV ? '/usr/bin/time' : node;
  const argv = [
    ...(timeV ? ['-v', node] : []),
    ...extraNodeArgs,
    'scripts/build.mjs',
    ...(incremental ? [] : ['--clean']),
    ...args,
  ];
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, argv, {
      cwd: root,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        SITE: 'https://bench.example',
        ASTRO_LOG_LEVEL: 'info',
        CI: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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
    child.stdout.on('data', (chunk) => stamp('out', chunk));
    child.stderr.on('data', (chunk) => ((stderr += chunk), stamp('err', chunk)));
    let peakTree = 0;
    const poll = setInterval(() => {
      peakTree = Math.max(
        peakTree,
        processTree(child.pid).reduce((sum, pid) => sum + rssKiB(pid), 0),
      );
    }, 100);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return fail(new Error(`build failed in ${root}:\n${stderr.slice(-3000)}`));
      const maxRss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0);
      // CPU time of the whole tree (user + system): less sensitive than wall time to other work on the machine.
      const cpu = ['User', 'System'].reduce(
        (sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? NaN),
        0,
      );
      done({
        seconds,
        cpuSeconds: cpu,
        peakTreeMiB: Math.round(peakTree / 1024),
        maxProcessRssMiB: Math.round(maxRss / 1024),
        ...phasesOf(lines, seconds * 1000),
        ...countOutput(join(root, 'dist')),
      });
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
  /** Routes (pages, cards, CSVs) Astro copied from the last build (experimental.incrementalBuild) instead of rendering them. */
  let filesCopied = 0;
  for (const { line } of lines) {
    filesCopied += line.match(/\((?:restored|cached)\)/g)?.length ?? 0;
    const route = /[├└]─ (\S+) \(\+([\d.]+)(m?s)\)/.exec(line);
    if (!route) continue;
    const kind = routeKind(route[1]);
    routesMs[kind] = Math.round((routesMs[kind] ?? 0) + Number(route[2]) * (route[3] === 'ms' ? 1 : 1000));
  }
  const upToDate = lines.some(({ line }) => line.startsWith('Nothing changed since the last build'));
  return { phasesMs, routesMs, filesCopied, upToDate };
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
  if (existsSync(dist)) walk(dist); // A shard build publishes nothing.
  return { pages, files, megabytes: Math.round(bytes / 1e5) / 10 };
}
