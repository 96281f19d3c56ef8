// A phone without JavaScript: 375 px wide, scripts off, on the explainer. The three figures
// are laid out inside the viewport, the page never scrolls sideways, and no visible label in a
// figure's SVG (a chart, the timeline's strip) renders smaller than 9 CSS px once scaled to fit.
const WIDTH = 375;
const MIN_LABEL_PX = 9;
const FIGURES = ['chart', 'timeline', 'positions'];

export default {
  name: 'no-js-375',
  title: `No JavaScript, ${WIDTH} px wide: figures laid out, no sideways scroll, chart labels >= ${MIN_LABEL_PX} px`,
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

    const report = await page.evaluate((kinds) => {
      const innerWidth = window.innerWidth;
      const figures = kinds.map((kind) => {
        const all = [...document.querySelectorAll(`figure[data-figure="${kind}"]`)];
        return {
          kind,
          boxes: all.map((el) => {
            const r = el.getBoundingClientRect();
            const visible =
              el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && r.width > 0 && r.height > 0;
            return { id: el.id, x: r.left, width: r.width, height: r.height, visible };
          }),
        };
      });
      const scrollWidth = document.scrollingElement.scrollWidth;
      // Elements that stick out to the right: the culprits when the page scrolls sideways.
      const wide = [];
      if (scrollWidth > innerWidth) {
        for (const el of document.body.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.right > innerWidth + 0.5 && r.width > 0) {
            wide.push(
              `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} right=${Math.round(r.right)}`,
            );
          }
        }
      }
      const labels = [];
      for (const svg of document.querySelectorAll('figure svg')) {
        if (svg.ownerSVGElement) continue; // nested SVGs are measured through their root
        const viewBox = svg.viewBox?.baseVal;
        const rect = svg.getBoundingClientRect();
        const figure = svg.closest('figure');
        if (!viewBox || !viewBox.width) {
          labels.push({ figure: figure?.id, error: 'chart SVG has no viewBox' });
          continue;
        }
        const scale = rect.width / viewBox.width;
        for (const text of svg.querySelectorAll('text')) {
          const style = getComputedStyle(text);
          const box = text.getBoundingClientRect();
          if (
            !text.checkVisibility({ visibilityProperty: true, opacityProperty: true }) ||
            box.width === 0 ||
            box.height === 0
          )
            continue;
          if (!text.textContent.trim()) continue;
          const size = parseFloat(style.fontSize);
          labels.push({
            figure: figure?.id,
            text: text.textContent.trim().slice(0, 60),
            size,
            scale,
            rendered: size * scale,
          });
        }
      }
      return { innerWidth, scrollWidth, figures, wide: wide.slice(0, 10), labels };
    }, FIGURES);

    log(`  viewport ${report.innerWidth} px; document scrollWidth ${report.scrollWidth} px`);
    if (report.scrollWidth > report.innerWidth) {
      failures.push(
        `/${explainerPath}: scrolls sideways at ${WIDTH} px (scrollWidth ${report.scrollWidth} > ${report.innerWidth})`,
      );
      for (const w of report.wide) log(`    sticks out: ${w}`);
    }
    for (const { kind, boxes } of report.figures) {
      if (boxes.length === 0) {
        failures.push(`/${explainerPath}: no figure[data-figure="${kind}"]`);
        log(`  ${kind}: missing`);
        continue;
      }
      for (const b of boxes) {
        const inside = b.x >= -0.5 && b.x + b.width <= report.innerWidth + 0.5;
        log(
          `  ${kind}#${b.id}: ${Math.round(b.width)}×${Math.round(b.height)} at x=${Math.round(b.x)} ${b.visible ? 'visible' : 'NOT VISIBLE'}${inside ? '' : ', OUTSIDE the viewport width'}`,
        );
        if (!b.visible)
          failures.push(`/${explainerPath}: figure[data-figure="${kind}"]#${b.id} is not visible or has an empty box`);
        if (!inside)
          failures.push(
            `/${explainerPath}: figure[data-figure="${kind}"]#${b.id} spans x ${Math.round(b.x)}..${Math.round(b.x + b.width)}, beyond 0..${report.innerWidth}`,
          );
      }
    }
    const measured = report.labels.filter((l) => !l.error);
    for (const l of report.labels.filter((l) => l.error)) failures.push(`/${explainerPath}: #${l.figure}: ${l.error}`);
    if (measured.length === 0) {
      failures.push(`/${explainerPath}: no visible chart labels found to measure (figure svg text)`);
    } else {
      const byFigure = Map.groupBy(measured, (l) => l.figure);
      for (const [figure, labels] of byFigure) {
        const smallest = labels.reduce((a, b) => (b.rendered < a.rendered ? b : a));
        log(
          `  chart #${figure}: ${labels.length} visible labels, scale ${smallest.scale.toFixed(3)}, smallest ${smallest.rendered.toFixed(2)} px (${smallest.size} px × ${smallest.scale.toFixed(3)}: "${smallest.text}")`,
        );
      }
      for (const l of measured.filter((l) => l.rendered < MIN_LABEL_PX - 0.005)) {
        failures.push(
          `/${explainerPath}: chart #${l.figure}: label "${l.text}" renders at ${l.rendered.toFixed(2)} px (${l.size} px × scale ${l.scale.toFixed(3)}) < ${MIN_LABEL_PX} px`,
        );
      }
    }
    await context.close();
    return { failures };
  },
};
