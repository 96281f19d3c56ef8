// Print: with print media emulated, the three figures are laid out, external links in the
// sources print their address (a ::after with content, e.g. ` (https://…)`), and nothing that
// a reader opens on screen is lost on paper: every <details> prints open, and every text of the
// explainer prints except a toggle's own label (a summary without .print-summary), the embed
// code and the row of links (a download and an embed address are no use on paper).
import { join, relative } from 'node:path';
import { repoRoot } from '../site.mjs';

/** An A4 page at 96 dpi minus Chromium's default 1 cm margins. */
const PAGE_WIDTH = 718;
const FIGURES = ['chart', 'timeline', 'positions'];

export default {
  name: 'print',
  title: 'Print: figures laid out, external source links print their address, everything folded prints open',
  /** @param {import('../run.mjs').GateContext} ctx */
  async run({ browser, server, explainerPath, screenshotsDir }, log) {
    const failures = [];
    const context = await browser.newContext({ viewport: { width: PAGE_WIDTH, height: 1000 }, colorScheme: 'light' });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    const response = await page.goto(server.url(explainerPath), { waitUntil: 'load' });
    if (!response?.ok()) failures.push(`/${explainerPath}: HTTP ${response?.status()}`);

    const report = await page.evaluate((kinds) => {
      const figures = kinds.map((kind) => ({
        kind,
        boxes: [...document.querySelectorAll(`figure[data-figure="${kind}"]`)].map((el) => {
          const r = el.getBoundingClientRect();
          // The drawing itself (SVG, list or table), not the caption: it must print too.
          const graphic = el.querySelector('.figure-graphic') ?? el.querySelector('svg, table, ol');
          const g = graphic?.getBoundingClientRect();
          return {
            id: el.id,
            width: r.width,
            height: r.height,
            visible:
              el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && r.width > 0 && r.height > 0,
            graphic: graphic
              ? `${graphic.tagName.toLowerCase()}${graphic.className ? `.${graphic.className}` : ''} ${Math.round(g.width)}×${Math.round(g.height)}`
              : null,
            graphicVisible:
              !!graphic &&
              graphic.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
              g.width > 0 &&
              g.height > 0,
          };
        }),
      }));
      const afterContent = (a) => getComputedStyle(a, '::after').content;
      const shows = (c) => c && c !== 'none' && c !== 'normal' && c !== '""';
      const sourceLinks = [...document.querySelectorAll('.sources a[href^="http"]')].map((a) => ({
        href: a.href,
        after: afterContent(a),
      }));
      // Links in the story's own paragraphs (figures decide for themselves what to print).
      const storyLinks = [...document.querySelectorAll('.story > p a[href^="http"]')].map((a) => ({
        href: a.href,
        after: afterContent(a),
      }));
      // Information only: are the figures' data tables (inside <details>) printed?
      // checkVisibility: a closed <details> hides its content with content-visibility, which a
      // bounding box alone does not reveal.
      const dataTables = [...document.querySelectorAll('figure details table')].map((t) => t.checkVisibility());
      // Every text of the explainer, folded on screen or not, except what paper has no use for.
      // Other widths of the same drawing (data-width) and aria-hidden text are not content.
      const notPrinted = [];
      const article = document.querySelector('article') ?? document.body;
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent.trim()) continue;
        const el = node.parentElement;
        const skip =
          '[aria-hidden="true"], [data-width], summary:not(.print-summary), .figure-links, .figure-embed, script, style';
        if (!el || el.closest(skip)) continue;
        if (el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        const tag = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
        notPrinted.push(`${tag}: "${node.textContent.trim().slice(0, 60)}"`);
      }
      const details = [...article.querySelectorAll('details')];
      return {
        notPrinted,
        details: { total: details.length, folded: details.filter((d) => !d.open).length },
        figures,
        sourceLinks: {
          total: sourceLinks.length,
          showing: sourceLinks.filter((l) => shows(l.after)).length,
          example: sourceLinks.find((l) => shows(l.after)) ?? sourceLinks[0],
        },
        storyLinks: { total: storyLinks.length, showing: storyLinks.filter((l) => shows(l.after)).length },
        dataTables: { total: dataTables.length, printed: dataTables.filter(Boolean).length },
      };
    }, FIGURES);

    for (const { kind, boxes } of report.figures) {
      if (boxes.length === 0) {
        failures.push(`/${explainerPath} (print): no figure[data-figure="${kind}"]`);
        log(`  ${kind}: missing`);
      }
      for (const b of boxes) {
        log(
          `  ${kind}#${b.id}: ${Math.round(b.width)}×${Math.round(b.height)} ${b.visible ? 'visible' : 'NOT VISIBLE'}; graphic: ${b.graphic ?? 'none'}${b.graphicVisible ? '' : ' NOT VISIBLE'}`,
        );
        if (!b.visible)
          failures.push(
            `/${explainerPath} (print): figure[data-figure="${kind}"]#${b.id} is not laid out (${Math.round(b.width)}×${Math.round(b.height)})`,
          );
        else if (!b.graphicVisible)
          failures.push(
            `/${explainerPath} (print): figure[data-figure="${kind}"]#${b.id}: its graphic (${b.graphic ?? 'none found'}) is not laid out`,
          );
      }
    }
    const { sourceLinks, storyLinks, dataTables } = report;
    log(
      `  external links in sources printing their address: ${sourceLinks.showing} of ${sourceLinks.total}${sourceLinks.example ? ` (e.g. ::after ${sourceLinks.example.after.slice(0, 90)})` : ''}`,
    );
    log(
      `  external links in the story's paragraphs printing their address: ${storyLinks.showing} of ${storyLinks.total}`,
    );
    log(`  figure data tables inside <details> printed: ${dataTables.printed} of ${dataTables.total}`);
    if (dataTables.printed < dataTables.total)
      failures.push(
        `/${explainerPath} (print): ${dataTables.total - dataTables.printed} data tables in <details> do not print`,
      );
    log(
      `  ${report.details.total} <details> (${report.details.folded} closed on screen); texts that do not print: ${report.notPrinted.length}`,
    );
    for (const t of report.notPrinted.slice(0, 10)) failures.push(`/${explainerPath} (print): does not print: ${t}`);
    if (report.notPrinted.length > 10)
      failures.push(`/${explainerPath} (print): … and ${report.notPrinted.length - 10} more texts that do not print`);
    if (sourceLinks.total === 0)
      failures.push(`/${explainerPath} (print): no external link (a[href^="http"]) in the sources section to check`);
    else if (sourceLinks.showing === 0)
      failures.push(
        `/${explainerPath} (print): no external link in .sources prints its address (computed ::after content is none)`,
      );

    const file = join(screenshotsDir, `explainer-print-${PAGE_WIDTH}.png`);
    await page.screenshot({ path: file, fullPage: true });
    log(`  screenshot (print media): ${relative(repoRoot, file)}`);
    await context.close();
    return { failures };
  },
};
