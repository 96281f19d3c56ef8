// Budgets for readers on slow phones, measured from what the browser actually fetched:
// - the explainer transfers at most 60 KiB gzipped in all (HTML + every same-origin resource);
// - it ships 0 bytes of JavaScript: no script request, no <script> but JSON-LD, no on* handler;
// - its first round trip (the first 14 KiB of the gzipped HTML) holds the headline, the dek,
//   the key points and all of the page's inlined <style>, so they can be laid out at once.
//
// Measurement: each response body (decoded) is gzipped here at zlib's default level 6, the
// level this harness's server (and a typical host) uses; formats that are already compressed
// (fonts, raster images) count at their size on disk. The 14 KiB is counted on the gzip stream
// alone: HTTP headers and TLS framing (a few hundred bytes) are not subtracted.
import { gunzipSync, gzipSync, constants } from 'node:zlib';

const BUDGET = 60 * 1024;
const FIRST_ROUND_TRIP = 14 * 1024;
const GZIP_LEVEL = 6;
const PRECOMPRESSED = /^(font\/|image\/(png|jpeg|webp|avif|gif))/;

export default {
  name: 'budget',
  title: `Budgets: explainer <= ${BUDGET / 1024} KiB gzipped, 0 bytes of JavaScript, first ${FIRST_ROUND_TRIP / 1024} KiB holds headline, dek, key points and CSS`,
  /** @param {import('../run.mjs').GateContext} ctx */
  async run({ browser, server, explainerPath }, log) {
    const failures = [];
    const where = `/${explainerPath}`;
    const context = await browser.newContext({
      viewport: { width: 375, height: 812 },
      deviceScaleFactor: 2,
      isMobile: true,
    });
    const page = await context.newPage();
    const responses = [];
    const scripts = [];
    const elsewhere = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
      if (!request.url().startsWith(server.origin) && !request.url().startsWith('data:')) elsewhere.push(request.url());
    });
    page.on('response', (response) => {
      if (response.url().startsWith(server.origin)) responses.push(response);
    });
    const main = await page.goto(server.url(explainerPath), { waitUntil: 'load' });
    if (!main?.ok()) failures.push(`${where}: HTTP ${main?.status()}`);
    // Scroll through the page so that anything loaded lazily is fetched too.
    await page.evaluate(async () => {
      for (let y = 0; y < document.scrollingElement.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    await page.waitForLoadState('networkidle');

    // Browsers fetch the favicon outside the page's network events; count it as a reader pays for it.
    const icons = await page.$$eval('link[rel~="icon"][href]', (links) =>
      links.map((l) => /** @type {HTMLLinkElement} */ (l).href),
    );
    const rows = [];
    for (const response of responses) {
      if (response.status() >= 300 && response.status() < 400) continue;
      const body = await response.body().catch(() => Buffer.alloc(0));
      rows.push(
        measure(response.url(), response.headers()['content-type'] ?? '', response.request().resourceType(), body),
      );
    }
    for (const href of icons) {
      if (rows.some((r) => r.url === href) || !href.startsWith(server.origin)) continue;
      const r = await context.request.get(href);
      rows.push(measure(href, r.headers()['content-type'] ?? '', 'icon', await r.body()));
    }

    let total = 0;
    log(`  ${'gzip'.padStart(8)} ${'raw'.padStart(8)}  resource`);
    for (const row of rows) {
      total += row.gzip;
      log(
        `  ${String(row.gzip).padStart(8)} ${String(row.raw).padStart(8)}  ${row.kind} ${row.url.slice(server.origin.length)}`,
      );
    }
    log(
      `  total ${total} bytes gzipped (${(total / 1024).toFixed(1)} KiB) of ${BUDGET / 1024} KiB; ${rows.length} responses`,
    );
    if (total > BUDGET)
      failures.push(
        `${where}: transfers ${total} bytes gzipped (${(total / 1024).toFixed(1)} KiB), over the ${BUDGET / 1024} KiB budget`,
      );
    if (elsewhere.length) {
      // Not in the budget and not under our control: a static explainer should not need them.
      for (const url of elsewhere)
        failures.push(`${where}: requests a cross-origin resource, outside the budget: ${url}`);
    }

    // JavaScript: requests, script elements, inline handlers, javascript: URLs.
    const inPage = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll('script')]
        .filter((s) => (s.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json')
        .map((s) => s.outerHTML.slice(0, 120)),
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.tagName.toLowerCase()} ${a.name}>`),
      ),
      jsUrls: [
        ...document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i]'),
      ].map((el) => el.outerHTML.slice(0, 120)),
    }));
    const jsBytes = rows
      .filter((r) => r.kind === 'script' || /javascript/.test(r.type))
      .reduce((s, r) => s + r.gzip, 0);
    log(
      `  JavaScript: ${scripts.length} script requests, ${jsBytes} bytes; ${inPage.scripts.length} <script> elements other than JSON-LD; ${inPage.handlers.length} on* handlers; ${inPage.jsUrls.length} javascript: URLs`,
    );
    for (const url of scripts) failures.push(`${where}: loads a script: ${url}`);
    for (const s of inPage.scripts) failures.push(`${where}: has a <script> that is not application/ld+json: ${s}`);
    for (const h of inPage.handlers) failures.push(`${where}: has an inline event handler: ${h}`);
    for (const u of inPage.jsUrls) failures.push(`${where}: has a javascript: URL: ${u}`);

    // The first round trip.
    const html = rows.find((r) => r.url === main?.url());
    if (html) failures.push(...firstRoundTrip(where, html.body, log));
    else failures.push(`${where}: the page's own HTML response was not seen`);
    await context.close();
    return { failures };
  },
};

function measure(url, type, kind, body) {
  const gzip = PRECOMPRESSED.test(type) ? body.length : gzipSync(body, { level: GZIP_LEVEL }).length;
  return { url, type, kind, raw: body.length, gzip, body };
}

/** @returns {string[]} failures */
function firstRoundTrip(where, body, log) {
  const failures = [];
  const gz = gzipSync(body, { level: GZIP_LEVEL });
  const prefix = gunzipSync(gz.subarray(0, FIRST_ROUND_TRIP), { finishFlush: constants.Z_SYNC_FLUSH });
  const covered = prefix.length;
  log(
    `  first ${FIRST_ROUND_TRIP} bytes of ${gz.length} gzipped bytes decompress to ${covered} of ${body.length} bytes of HTML`,
  );
  const text = body.toString('latin1'); // byte offsets == string offsets
  const head = text.slice(0, Math.max(0, text.search(/<\/head\s*>/i)));
  const landmarks = [
    { name: 'headline <h1>', end: elementEnd(text, /<h1\b[^>]*>/i) },
    { name: 'dek (.dek)', end: elementEnd(text, classTag('dek')) },
    { name: 'key points (.key-points)', end: elementEnd(text, classTag('key-points')) },
  ];
  const styles = [...head.matchAll(/<style\b[^>]*>/gi)];
  if (styles.length === 0) landmarks.push({ name: 'inlined <style> in <head>', end: -1 });
  styles.forEach((m, i) => {
    const close = text.indexOf('</style>', m.index);
    landmarks.push({
      name: `inlined <style> #${i + 1} (${close - m.index - m[0].length} bytes of CSS)`,
      end: close < 0 ? -1 : close + '</style>'.length,
    });
  });
  for (const { name, end } of landmarks) {
    if (end < 0) {
      failures.push(`${where}: first round trip: ${name} not found in the HTML`);
      log(`  ${name}: NOT FOUND`);
      continue;
    }
    const ok = end <= covered;
    log(
      `  ${name} ends at HTML byte ${end}: ${ok ? 'inside' : 'OUTSIDE'} the first round trip (HTML bytes 0–${covered})`,
    );
    if (!ok)
      failures.push(
        `${where}: first round trip: ${name} ends at HTML byte ${end}, but the first ${FIRST_ROUND_TRIP} gzipped bytes only reach byte ${covered}`,
      );
  }
  const sheets = [...head.matchAll(/<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/gi)].map((m) => m[0]);
  for (const sheet of sheets)
    failures.push(
      `${where}: first round trip: an external stylesheet needs another round trip before layout: ${sheet}`,
    );
  return failures;
}

function classTag(name) {
  return new RegExp(`<[a-z][a-z0-9]*\\b[^>]*\\bclass=["']?(?:[^"'>]*\\s)?${name}(?=[\\s"'>])[^>]*>`, 'i');
}

/** Offset just past the closing tag of the first element whose opening tag matches `open`, or -1. */
function elementEnd(html, open) {
  const match = open.exec(html);
  if (!match) return -1;
  const tag = /^<([a-z0-9]+)/i.exec(match[0])[1].toLowerCase();
  const token = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  token.lastIndex = match.index + match[0].length;
  let depth = 1;
  for (let m; (m = token.exec(html));) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}
