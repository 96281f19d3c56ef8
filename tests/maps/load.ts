import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChartDataset, parseDatasetMeta, parseSources } from '../../src/loaders/data-files.ts';
import { parseShapes } from '../../src/figures/maps/shapes.ts';
import { resolveDatasets } from '../../src/loaders/resolved-datasets.ts';
import { resolveMap, type MapFigure } from '../../src/story/map-figure.ts';
import { resolveShapesFiles } from '../../src/story/map-shapes.ts';

/**
 * Map figures resolved as a story resolves them, from a site's own content files: the real site's
 * (the Syria explainer's data) or the fixture story's on another subject (invented data).
 */
const ROOTS = { site: '.', general: 'tests/fixtures/sites/general' } as const;
export type Site = keyof typeof ROOTS;

function siteContent(site: Site) {
  const dir = join(ROOTS[site], 'src/content');
  const file = (name: string) => join(dir, name);
  const sources = new Map(
    parseSources(readFileSync(file('sources.yaml'), 'utf8'), 'src/content/sources.yaml').map((s) => [s.id, s]),
  );
  const ids = new Set(sources.keys());
  const names = readdirSync(file('data'));
  const path = (name: string) => `src/content/data/${name}`;
  const csvs = names
    .filter((n) => n.endsWith('.csv'))
    .map((n) => ({
      id: n.slice(0, -4),
      data: { path: path(n), dataset: parseChartDataset(readFileSync(file(`data/${n}`), 'utf8'), path(n), ids) },
    }));
  const metas = names
    .filter((n) => n.endsWith('.meta.yaml'))
    .map((n) => ({
      id: n.slice(0, -5),
      data: { path: path(n), meta: parseDatasetMeta(readFileSync(file(`data/${n}`), 'utf8'), path(n), ids) },
    }));
  const shapeFiles = names
    .filter((n) => /\.(geo|topo)json$/.test(n))
    .map((n) => ({
      id: n.replace(/\.[^.]+$/, ''),
      data: { path: path(n), shapes: parseShapes(readFileSync(file(`data/${n}`), 'utf8'), path(n)) },
    }));
  const shapeIds = new Set(shapeFiles.map((s) => s.id));
  return {
    sources,
    datasets: resolveDatasets(
      csvs,
      metas.filter((m) => !shapeIds.has(m.id.replace(/\.meta$/, ''))),
    ),
    shapes: resolveShapesFiles(shapeFiles, metas),
  };
}

const cache = new Map<Site, ReturnType<typeof siteContent>>();

export const STORY = { path: 'src/content/explainers/story.mdx', publishedAt: '2024-03-15', paragraphs: [] };

/** A <Map> tag's figure, resolved against a site's content; mistakes are ContentErrors. */
export function loadMap(props: Record<string, string>, site: Site = 'general', publishedAt = '2024-03-15'): MapFigure {
  if (!cache.has(site)) cache.set(site, siteContent(site));
  const { sources, datasets, shapes } = cache.get(site)!;
  return resolveMap({ id: 'map', ...props }, 3, { ...STORY, publishedAt }, datasets, shapes, sources);
}

export const hasFixture = existsSync(ROOTS.general);
