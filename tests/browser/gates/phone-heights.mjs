// A phone without JavaScript, 375 px wide, on the explainer, as a reader first sees it (nothing
// opened): the page is at most 14,000 px tall; each figure (every figure.figure, whatever it
// draws) is at most 1,600 px (two screens) tall and its graphic starts within its first 400 px;
// and whatever is folded away is still there: every text on the page is either shown or inside
// a closed <details> whose summary a keyboard and a screen reader can reach.
const WIDTH = 375;
const GOALS = { page: 14_000, figure: 1_600, graphicTop: 400 };

export default {
  name: 'phone-375',
  title: `Phone, ${WIDTH} px, no JavaScript: page <= ${GOALS.page} px, each figure <= ${GOALS.figure} px before a reader opens anything, its graphic within ${GOALS.graphicTop} px, nothing folded out of reach`,
  /** @param {import('../run.mjs').GateContext} ctx */
  async run({ browser, server, explainerPath }, log) {
    const failures = [];
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: WIDTH, height: 812 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const response = await page.goto(server.url(explainerPath), { waitUntil: 'load' });
    if (!response?.ok()) failures.push(`/${explainerPath}: HTTP ${response?.status()}`);

    const report = await page.evaluate(() => {
      const top = (el) => el.getBoundingClientRect().top + window.scrollY;
      const height = (el) => el.getBoundingClientRect().height;
      const name = (el) =>
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
      const figures = [...document.querySelectorAll('figure.figure')].map((figure) => {
        // The drawing itself: the figure's graphic slot, else its first SVG, table or list.
        const graphic = figure.querySelector('.figure-graphic') ?? figure.querySelector('svg, table, ol, ul');
        const firstFold = [...figure.querySelectorAll('details:not([open]) > summary')][0];
        return {
          name: name(figure),
          height: height(figure),
          graphicTop: graphic ? top(graphic) - top(figure) : null,
          graphic: graphic ? name(graphic) : null,
          firstFold: firstFold ? top(firstFold) - top(figure) : null,
          folds: figure.querySelectorAll('details:not([open])').length,
        };
      });
      const article = document.querySelector('article') ?? document.body;
      const story = [...document.querySelectorAll('.story > p')].reduce((sum, p) => sum + height(p), 0);
      const sources = document.querySelector('.sources');

      // Every text on the page: shown, or folded in a closed <details> (not its summary). Other
      // renderings of the same drawing at other widths (data-width) and aria-hidden text are not content.
      const unreachable = [];
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent.trim()) continue;
        const el = node.parentElement;
        if (!el || el.closest('[aria-hidden="true"], [data-width], script, style, template')) continue;
        if (el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        // Folded: inside a closed <details> other than in its own summary (folds may nest).
        let folded = false;
        for (
          let d = el.closest('details:not([open])');
          d && !folded;
          d = d.parentElement?.closest('details:not([open])')
        ) {
          const own = d.querySelector(':scope > summary');
          folded = !own || !own.contains(el);
        }
        if (folded) continue;
        unreachable.push(`${name(el)}: "${node.textContent.trim().slice(0, 60)}"`);
      }
      // Every closed <details> can be opened: its summary is laid out (so it can take focus and be tapped).
      const closedWithoutToggle = [...article.querySelectorAll('details:not([open])')]
        .filter((details) => {
          const summary = details.querySelector(':scope > summary');
          if (!summary) return true;
          const r = summary.getBoundingClientRect();
          return !summary.checkVisibility({ visibilityProperty: true }) || r.width === 0 || r.height === 0;
        })
        .filter((details) => !details.closest('details:not([open]) details, [data-width]'))
        .map((details) => `${name(details)} in ${name(details.closest('figure, section') ?? details.parentElement)}`);
      return {
        pageHeight: document.scrollingElement.scrollHeight,
        story,
        sources: sources ? height(sources) : null,
        figures,
        unreachable,
        closedWithoutToggle,
      };
    });

    const px = (n) => `${Math.round(n).toLocaleString('en')} px`;
    const figuresTotal = report.figures.reduce((sum, f) => sum + f.height, 0);
    log(
      `  page ${px(report.pageHeight)} (goal <= ${px(GOALS.page)}): figures ${px(figuresTotal)}, story paragraphs ${px(report.story)}${report.sources === null ? '' : `, sources ${px(report.sources)}`}`,
    );
    if (report.pageHeight > GOALS.page)
      failures.push(`/${explainerPath}: ${px(report.pageHeight)} tall at ${WIDTH} px, more than ${px(GOALS.page)}`);
    if (report.figures.length === 0) failures.push(`/${explainerPath}: no figure.figure to measure`);
    for (const f of report.figures) {
      log(
        `  ${f.name}: ${px(f.height)} tall; graphic (${f.graphic ?? 'none'}) at ${f.graphicTop === null ? '-' : px(f.graphicTop)}; first fold at ${f.firstFold === null ? '-' : px(f.firstFold)}; ${f.folds} closed <details>`,
      );
      if (f.height > GOALS.figure)
        failures.push(`${f.name}: ${px(f.height)} tall before a reader opens anything, more than ${px(GOALS.figure)}`);
      if (f.graphicTop === null) failures.push(`${f.name}: no graphic found (.figure-graphic, svg, table or list)`);
      else if (f.graphicTop > GOALS.graphicTop)
        failures.push(
          `${f.name}: its graphic starts ${px(f.graphicTop)} below the figure's top, more than ${px(GOALS.graphicTop)}`,
        );
    }
    log(`  text neither shown nor folded in a <details>: ${report.unreachable.length}`);
    for (const u of report.unreachable.slice(0, 10)) failures.push(`hidden and not in a <details>: ${u}`);
    if (report.unreachable.length > 10) failures.push(`… and ${report.unreachable.length - 10} more hidden texts`);
    for (const d of report.closedWithoutToggle) failures.push(`closed <details> whose summary is not laid out: ${d}`);
    await context.close();
    return { failures };
  },
};
