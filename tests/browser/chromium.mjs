// Debian's Chromium, driven by playwright-core. Downloading a browser does not work in CI,
// so there is exactly one browser: the system's.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const INSTALL_HINT = [
  `Chromium was not found at ${CHROMIUM_PATH}. The browser gates need Debian's Chromium:`,
  '',
  '    sudo apt-get update && sudo apt-get install -y chromium',
  '',
  "(as root, without sudo; or set CHROMIUM_PATH to another Chromium binary). Playwright's own",
  'browser download is not used. `npm test` does not need a browser.',
].join('\n');

export function chromiumAvailable() {
  return existsSync(CHROMIUM_PATH);
}

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}
