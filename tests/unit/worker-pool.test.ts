import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Piscina from 'piscina';
import { drawChartTask, type ChartDrawing } from '../../src/charts/draw-chart.ts';
import { getView } from '../../src/charts/index.ts';
import { socialCardTask } from '../../src/lib/social-card.ts';
import { taskFile, type WorkerTask } from '../../src/lib/worker-pool.ts';
import { fixtureContext, fixtureRows, fixtureSources, STORY_FIGURE } from '../fixtures/charts/load.ts';

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
    const view = getView('by-publisher');
    const rows = view.select(fixtureRows('death-toll-estimates'), fixtureContext(640, undefined, STORY_FIGURE));
    const drawing: ChartDrawing = {
      view: view.id,
      rows,
      widths: [340, 640, 960],
      sources: fixtureSources(),
      asOf: '2016-03-14',
      reference: STORY_FIGURE,
      idPrefix: 'death-tolls',
      labelledBy: 'death-tolls-title',
      describedBy: 'death-tolls-summary',
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
