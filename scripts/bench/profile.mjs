// Where the time goes: self time by function and module from a --cpu-prof build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Self time by function and by module, from the .cpuprofile files a --cpu-prof build wrote. */
export function summariseProfiles(dir) {
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
      if (!subtree.has(id))
        subtree.set(id, (self.get(id) ?? 0) + children.get(id).reduce((sum, child) => sum + sizeOf(child), 0));
      return subtree.get(id);
    };
    const walk = (id, open) => {
      const { callFrame } = nodes.get(id);
      const name =
        /\.prerender\//.test(callFrame.url) && callFrame.functionName
          ? `${callFrame.functionName} ${moduleOf(callFrame.url)}`
          : undefined;
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
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, micros]) => ({
        name,
        ms: Math.round(micros / 1000),
        percent: Math.round((micros / total) * 1000) / 10,
      }));
  return {
    sampledSeconds: Math.round(total / 1e5) / 10,
    byModule: top(byModule, 25),
    byFunction: top(byFunction, 30),
    inclusive: top(inclusive, 30),
  };
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
