import { renderSvg } from '../../render/plot-render.ts';
import type { WorkerTask } from '../../render/worker-pool.ts';
import { chartForm } from './forms/index.ts';
import type { ChartData } from './types.ts';

/**
 * Everything one chart's SVGs depend on, as plain data: a production build draws on a worker
 * thread (src/render/worker-pool.ts), so this crosses threads by structured clone.
 */
export interface ChartDrawing {
  chart: ChartData;
  widths: readonly number[];
  /** Each width's Plot ids are renumbered under `${idPrefix}-w${width}`. */
  idPrefix: string;
  labelledBy: string;
  describedBy: string;
}

/** The chart's SVG at each width, in the order of `widths`. */
export function drawChart({ chart, widths, idPrefix, labelledBy, describedBy }: ChartDrawing): string[] {
  const form = chartForm(chart.type);
  return widths.map((width) => {
    const options = form.plot(chart, width);
    // A whole-pixel viewBox: forms add up margins in fractions of the type size.
    if (options.height !== undefined) options.height = Math.round(options.height);
    return renderSvg(options, { idPrefix: `${idPrefix}-w${width}`, labelledBy, describedBy });
  });
}

/** drawChart as a build task: run on a worker thread in production builds. */
export const drawChartTask: WorkerTask<ChartDrawing, string[]> = {
  module: 'figures/charts/draw.ts',
  name: 'drawChart',
  run: drawChart,
};
