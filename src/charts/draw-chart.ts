import { renderSvg } from '../lib/plot-render.ts';
import { getView } from './index.ts';
import type { WorkerTask } from '../lib/worker-pool.ts';
import type { ChartReference, ChartRow, SourceEntry } from './types.ts';

/**
 * Everything one chart's SVGs depend on, as plain data: a production build draws on a worker
 * thread (src/lib/worker-pool.ts), so this crosses threads by structured clone.
 */
export interface ChartDrawing {
  view: string;
  rows: ChartRow[];
  widths: readonly number[];
  sources: Map<string, SourceEntry>;
  /** The story's publishedAt. */
  asOf: string;
  reference?: ChartReference;
  /** Each width's Plot ids are renumbered under `${idPrefix}-w${width}`. */
  idPrefix: string;
  labelledBy: string;
  describedBy: string;
}

/** The chart's SVG at each width, in the order of `widths`. */
export function drawChart({
  view,
  rows,
  widths,
  sources,
  asOf,
  reference,
  idPrefix,
  labelledBy,
  describedBy,
}: ChartDrawing): string[] {
  const chart = getView(view);
  return widths.map((width) =>
    renderSvg(chart.plot(rows, { width, sources, asOf, reference }), {
      idPrefix: `${idPrefix}-w${width}`,
      labelledBy,
      describedBy,
    }),
  );
}

/** drawChart as a build task: run on a worker thread in production builds. */
export const drawChartTask: WorkerTask<ChartDrawing, string[]> = {
  module: 'charts/draw-chart.ts',
  name: 'drawChart',
  run: drawChart,
};
