import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Piscina from 'piscina';
import { drawChartTask, type ChartDrawing } from '../../src/figures/charts/draw.ts';
import { buildChartData } from '../../src/figures/charts/model.ts';
import { parseChartDataset } from '../../src/loaders/data-files.ts';
import { socialCardTask } from '../../src/render/social-card.ts';
import { taskFile, type WorkerTask } from '../../src/render/worker-pool.ts';

/**
 * A production build draws charts and social cards on worker threads, which load the task's
 * module from src/ with plain Node (no Vite, no astro: modules). Same input, same bytes as the
 * in-process call that dev and the other tests use.
 */
const pool = new Piscina({ maxThreads: 1, atomics: 'disabled' });
afterAll(() => pool.destroy());
const onWorker = <I, O>(task: WorkerTask<I, O>, input: I) =>
  pool.run(input, {
    filename: taskFile(task as WorkerTask<unknown, unknown>, resolve(import.meta.dirname, '../../src')),
    name: task.name,
  }) as Promise<O>;

describe('build tasks on a worker thread', () => {
  it('a chart: the same SVGs at every width as drawn in-process', async () => {
    const dataset = parseChartDataset(
      'year,series,value,source\n2020,A,1.5,s\n2021,A,2.25,s\n2020,B,3,s\n2021,B,2,s\n',
      'data.csv',
      new Set(['s']),
    );
    const { chart } = buildChartData({
      spec: { type: 'line', columns: { x: 'year', y: 'value', series: 'series' } },
      dataset,
      rows: dataset.rows,
      isSecondary: (row) => row.line === 3,
      reference: { value: 2.5, quote: 'about 2.5' },
      tagProblem: (field, message) => new Error(`${field}: ${message}`),
      cellProblem: (_row, column, message) => new Error(`${column}: ${message}`),
    });
    const drawing: ChartDrawing = {
      chart,
      widths: [340, 640, 960],
      idPrefix: 'fig',
      labelledBy: 'fig-title',
      describedBy: 'fig-summary',
    };
    const svgs = await onWorker(drawChartTask, drawing);
    expect(svgs).toHaveLength(3);
    expect(svgs[0]).toContain('<svg');
    expect(svgs).toEqual(drawChartTask.run(drawing));
  });

  it('a social card: the same PNG bytes as drawn in-process', async () => {
    const text = {
      title: 'Putin says he’ll begin removing troops from Syria',
      dek: 'How the truce came about.',
      site: 'Explainers',
      date: '14 March 2016',
    };
    const png = Buffer.from(await onWorker(socialCardTask, text));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.equals(await socialCardTask.run(text))).toBe(true);
  });
});
