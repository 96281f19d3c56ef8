import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/**
 * The one place a chart meets a DOM. Plot draws into a linkedom document shared by the whole
 * process (a document per chart costs time and buys nothing), and the SVG string that comes out
 * is made safe to inline many times on one page, under a strict CSP, and byte-for-byte repeatable.
 */

/** Fixed so the output does not depend on Plot's default; charts.css styles this class. */
export const CHART_CLASS = 'chart-svg';

export interface RenderOptions {
  /** Unique on the page; Plot's internal ids are rewritten under it. */
  idPrefix: string;
  /** Id of the element that names the chart (its caption title). */
  labelledBy?: string;
  /** Id of the element that describes it (the generated summary). */
  describedBy?: string;
}

const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');

/** Plot numbers these ids from module-level counters, so they depend on what rendered before. */
const PLOT_ID = /\bplot-(clip|filter|pattern|marker)-(\d+)\b/g;
const SAFE_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

export function renderSvg(options: PlotOptions, { idPrefix, labelledBy, describedBy }: RenderOptions): string {
  if (!SAFE_ID.test(idPrefix))
    throw new Error(
      `renderSvg: idPrefix "${idPrefix}" must start with a letter and use only letters, digits, "-" and "_"`,
    );
  for (const key of ['title', 'subtitle', 'caption'] as const) {
    // Plot would wrap the SVG in a <figure> with <h2>/<h3>, breaking the page's heading outline.
    if (options[key] != null)
      throw new Error(`renderSvg: Plot's "${key}" option is not allowed; the figure caption carries it`);
  }
  if (!labelledBy && options.ariaLabel == null)
    throw new Error('renderSvg: a chart needs labelledBy (or ariaLabel) so role="img" has a name');

  const node = Plot.plot({
    ...options,
    className: CHART_CLASS,
    figure: false,
    document: document as unknown as Document,
  });
  if (node.localName !== 'svg')
    throw new Error(`renderSvg: Plot returned <${node.localName}>, not <svg>; legends are drawn as marks or in HTML`);
  const svg = node as SVGSVGElement;

  if (svg.querySelector('g[aria-label="tip"]')) {
    // Tips are sized with getBBox after insertion, which never happens on the server.
    throw new Error('renderSvg: tip marks stay invisible without a browser; label points with Plot.text');
  }
  // Its rules live in src/styles/charts.css, where a strict style-src CSP allows them.
  for (const style of svg.querySelectorAll('style')) style.remove();
  // Inside role="img" these are noise, and on a bare <g> axe flags them (aria-prohibited-attr).
  for (const element of svg.querySelectorAll('[aria-label], [aria-description]')) {
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
  }

  // Plot's axes ask for tabular figures with a value SVG's font-variant does not allow (HTML
  // validators flag it); charts.css sets font-variant-numeric on the whole chart instead.
  for (const element of svg.querySelectorAll('[font-variant="tabular-nums"]')) element.removeAttribute('font-variant');

  svg.removeAttribute('aria-description');
  if (labelledBy) svg.removeAttribute('aria-label');
  svg.setAttribute('role', 'img');
  if (labelledBy) svg.setAttribute('aria-labelledby', labelledBy);
  if (describedBy) svg.setAttribute('aria-describedby', describedBy);
  // Needed once the SVG leaves the page: a .svg file, an <img src>, a rasteriser.
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');

  const markup = svg.outerHTML;
  svg.remove();
  return renumberIds(markup, idPrefix);
}

/** Drawings made in this build, by a key naming everything they depend on (see drawOnce). */
const drawn = new Map<string, Promise<string[]>>();

/**
 * Draws once per production build: each chart appears on its story's page and on its embed page,
 * and content cannot change while a build runs. `key` must name every input of `draw` (dataset,
 * view, widths, figure id, the story's date…). In dev and tests, always draws.
 */
export function drawOnce(key: string, draw: () => Promise<string[]>): Promise<string[]> {
  if (import.meta.env.PROD !== true) return draw();
  // The promise is kept, not its result: with pages rendered concurrently, the page and its embed
  // page may ask for a chart while it is still being drawn.
  let svgs = drawn.get(key);
  if (svgs === undefined) drawn.set(key, (svgs = draw()));
  return svgs;
}

/** Plot's ids and their url(#…) and href="#…" references, numbered from 1 within this chart. */
function renumberIds(markup: string, idPrefix: string): string {
  const renamed = new Map<string, string>();
  return markup.replace(PLOT_ID, (id: string, kind: string) => {
    let name = renamed.get(id);
    if (name === undefined) {
      name = `${idPrefix}-${kind}-${[...renamed.keys()].filter((k) => k.startsWith(`plot-${kind}-`)).length + 1}`;
      renamed.set(id, name);
    }
    return name;
  });
}
