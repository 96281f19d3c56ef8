/** Test helper: runs a journalist command as a child process, as `npm run` would, in a temp folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The commands are TypeScript run by Node's type stripping: Node 24 from the project if vitest runs on an older one.
const NODE =
  Number(process.versions.node.split('.')[0]) >= 24 ? process.execPath : join('node_modules', '.bin', 'node');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCommand(script: 'import' | 'new', args: string[], explainersDir: string): Run {
  const result = spawnSync(NODE, [`src/cli/${script}.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, EXPLAINERS_DIR: explainersDir, NODE_NO_WARNINGS: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'explainers-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
