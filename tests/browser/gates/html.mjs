// Valid HTML: the W3C Nu HTML Checker (vnu.jar from the vnu-jar npm package, run with the
// machine's Java) reports 0 errors on every HTML page of the build. No Chromium needed.
//
// The jar is part of the npm package's files (build/dist/vnu.jar), so `npm ci` brings it even
// when install scripts are blocked: vnu-jar's postinstall only downloads a Java runtime when
// none is found, and CI has Debian's Java.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/**
 * Messages we do not count. Each is printed where it occurs, and counted in the gate's figures.
 * Only checker bugs belong here, never a real mistake in the site.
 * @type {{ message: RegExp, why: string }[]}
 */
const KNOWN_FALSE_POSITIVES = [
  {
    // CSS container queries (CSS Containment 3, in every current browser) are valid CSS, but the
    // W3C CSS validator that the Nu checker embeds does not know them yet: it reports
    // “container-type”/“container-name”/“container” as unknown properties and @container as an
    // unknown at-rule. Open upstream: validator/validator#1811, w3c/css-validator#474, #423.
    // (It also skips the rules inside an @container block, which then go unchecked.)
    message:
      /^CSS: (“container(-type|-name)?”: Property “container(-type|-name)?” doesn't exist\.|Unrecognized at-rule “@container”)$/,
    why: 'container queries are valid CSS the checker does not know yet (validator/validator#1811)',
  },
];

export default {
  name: 'html',
  title: 'Valid HTML: Nu HTML Checker, 0 errors on every page',
  /** @param {import('../run.mjs').GateContext} ctx */
  async run({ dist, pages }, log) {
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    if (java.error || java.status !== 0) {
      return {
        failures: [
          'Java was not found (`java -version` failed). Install it: sudo apt-get install -y default-jre-headless',
        ],
      };
    }
    log(`  ${(java.stderr || java.stdout).split('\n')[0]}`);
    let jar;
    try {
      jar = String(require('vnu-jar'));
    } catch {
      jar = '';
    }
    if (!jar || !existsSync(jar)) {
      return {
        failures: [
          `vnu.jar is missing (expected ${jar || 'node_modules/vnu-jar/build/dist/vnu.jar'}): the vnu-jar npm package ships it as build/dist/vnu.jar; run \`npm ci\` again`,
        ],
      };
    }
    const files = pages.map((p) => join(dist, p.file));
    const { status, stdout, stderr } = await run('java', [
      '-Xss4m',
      '-jar',
      jar,
      '--errors-only',
      '--format',
      'json',
      ...files,
    ]);
    let messages;
    try {
      messages = JSON.parse(stderr || stdout || '{"messages":[]}').messages;
    } catch {
      return { failures: [`vnu.jar exited ${status} without JSON output:\n${stderr}${stdout}`] };
    }
    const failures = [];
    /** @type {Map<string, string[]>} message + why -> where */
    const ignored = new Map();
    const byFile = new Map(pages.map((p) => [p.file, []]));
    for (const m of messages) {
      const file = m.url ? fileURLToPath(m.url).slice(dist.length + 1) : '(no file)';
      const known = KNOWN_FALSE_POSITIVES.find((k) => k.message.test(m.message));
      if (known) {
        const key = `${m.message}\u0000${known.why}`;
        if (!ignored.has(key)) ignored.set(key, []);
        ignored.get(key).push(`/${file}:${m.lastLine}:${m.firstColumn ?? m.lastColumn}`);
        continue;
      }
      if (!byFile.has(file)) byFile.set(file, []);
      byFile.get(file).push(m);
    }
    for (const [file, list] of byFile) {
      log(`  /${file}: ${list.length} error${list.length === 1 ? '' : 's'}`);
      for (const m of list) {
        const at = m.lastLine ? `:${m.lastLine}:${m.firstColumn ?? m.lastColumn ?? ''}` : '';
        const line = `/${file}${at}: ${m.type === 'error' ? '' : `${m.type}: `}${m.message}`;
        failures.push(line);
        log(`    - ${line.slice(file.length + 1)}`);
        if (m.extract) log(`      ${m.extract.replace(/\s+/g, ' ').slice(0, 200)}`);
      }
    }
    const ignoredCount = [...ignored.values()].reduce((n, where) => n + where.length, 0);
    for (const [key, where] of ignored) {
      const [message, why] = key.split('\u0000');
      log(`  ignored ${where.length}× ${message}`);
      log(`      why: ${why}`);
      log(`      where: ${where.join(', ')}`);
    }
    log(
      `  ${pages.length} pages, ${failures.length} errors, ${ignoredCount} known checker false positives ignored (listed above)`,
    );
    if (status !== 0 && failures.length === 0 && ignoredCount === 0)
      failures.push(`vnu.jar exited ${status} with no error reported:\n${stderr}`);
    return { failures };
  },
};

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
