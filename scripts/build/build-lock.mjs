// One build at a time per project: builds share the cache (.cache/), and two writing it
// at once could record one build's page under the other's key.
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Takes the lock, or returns the pid of the live build that holds it. A dead build's lock is taken over. */
export function takeBuildLock(file) {
  mkdirSync(dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return undefined;
    } catch (error) {
      if (/** @type {any} */ (error).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8'));
      if (holder && isRunning(holder)) return holder;
      rmSync(file, { force: true });
    }
  }
  return undefined;
}

export function releaseBuildLock(file) {
  try {
    if (Number(readFileSync(file, 'utf8')) === process.pid) rmSync(file, { force: true });
  } catch {
    // Already gone.
  }
}

/** Whether process `pid` is alive (EPERM: alive, another user's). */
export function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {any} */ (error).code === 'EPERM';
  }
}
