import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { cleanEnv, node24 } from '../build/site-builder.ts';

/** `astro dev` running on a copy of the project, and everything it printed. */
export interface DevServer {
  url: string;
  /** All the terminal text so far (stdout and stderr, in order). */
  output(): string;
  stop(): Promise<void>;
}

/** A port nobody listens on now (the kernel picks it). */
function freePort(): Promise<number> {
  return new Promise((found, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => found(port));
    });
  });
}

/** Starts what `npm run dev` starts, with the project's Node 24, and waits until it serves. */
export async function startDevServer(root: string): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(node24, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port)], {
    cwd: root,
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'development', FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (chunk) => (text += chunk));
  child.stderr!.on('data', (chunk) => (text += chunk));
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  const url = await new Promise<string>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`astro dev did not start:\n${text}`)), 90_000);
    const look = () => {
      const local = /Local\s+(http:\/\/\S+?)\/?\s/.exec(text);
      if (local) {
        clearTimeout(timer);
        ready(local[1]);
      }
    };
    child.stdout!.on('data', look);
    child.on('exit', () => fail(new Error(`astro dev stopped:\n${text}`)));
  });
  return {
    url,
    output: () => text,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** What a reader sees of a page: its text without tags, scripts or styles, entities decoded, spaces collapsed. */
export function pageText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
