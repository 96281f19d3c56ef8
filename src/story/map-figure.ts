import { splitByAsOf } from '../provenance/as-of.ts';
import { figureSummary } from './summary-prop.ts';
import { ContentError } from '../problems/content-error.ts';
import type { DataRow } from '../schemas/chart-dataset.ts';
import type { SourceEntry } from '../schemas/source.ts';
import { BASEMAP_SOURCE } from '../figures/maps/basemap.ts';
import { mapSummary } from '../figures/maps/describe.ts';
import type { MapDrawing } from '../figures/maps/draw.ts';
import { buildMapData, type MapSpec } from '../figures/maps/model.ts';
import type { ShapesFile } from '../figures/maps/shapes.ts';
import { mapTable } from '../figures/maps/table.ts';
import type { MapRole } from '../figures/maps/types.ts';
import { mapWords } from '../figures/maps/words.ts';
import { CHART_WIDTHS, type ChartFigure, type StoryFacts } from './chart-figure.ts';
import type { ResolvedDataset } from '../loaders/resolved-datasets.ts';

/** Custom boundaries with the source their sidecar names. */
export type ResolvedShapes = ShapesFile & { source: string };

/**
 * Everything a <Map> renders, resolved once per story: the page, its embed page and its CSV read this.
 * A chart figure's parts (its summary is one field, so a journalist's own can replace it); its
 * sources are the rows', then the boundaries' and the base map's.
 */
export type MapFigure = Omit<ChartFigure, 'later' | 'drawing'> & { drawing: MapDrawing };

/** Every source counts as published from the start: only a row's own `announced` date holds it back. */
const ALWAYS_PUBLISHED = { get: () => ({ published: '0001' }) } as unknown as ReadonlyMap<
  string,
  { published: string }
>;

const ROLES: MapRole[] = ['lat', 'lon', 'label', 'symbol', 'country', 'value'];

/** One <Map> tag, checked against its dataset, to the figure it draws; a mistake stops with its file and line. */
export function resolveMap(
  props: Record<string, string | undefined>,
  line: number,
  story: StoryFacts,
  datasets: ReadonlyMap<string, ResolvedDataset>,
  shapes: ReadonlyMap<string, ResolvedShapes>,
  sources: ReadonlyMap<string, SourceEntry>,
): MapFigure {
  const fail = (field: string, message: string) => new ContentError(story.path, line, field, message);
  const id = props.id!;
  const dataset = datasets.get(props.dataset ?? '');
  if (!dataset) {
    const known = [...datasets.keys()].map((k) => `"${k}"`).join(', ') || 'none yet (add src/content/data/<name>.csv)';
    throw fail('dataset', `"${props.dataset}" is not a dataset in src/content/data: use one of ${known}`);
  }
  // A place's position is not news: where Tartus is was as true before the story as in the
  // gazetteer read since. So a locator holds back only rows announced after the story.
  const { known, later } =
    props.type === 'locator'
      ? splitByAsOf(dataset.rows, story.publishedAt, ALWAYS_PUBLISHED)
      : splitByAsOf(dataset.rows, story.publishedAt, sources);
  if (known.length === 0)
    throw fail('dataset', `${dataset.path} has no rows published by ${story.publishedAt}, the story's date`);
  const spec: MapSpec = {
    type: props.type,
    columns: Object.fromEntries(ROLES.flatMap((role) => (props[role] === undefined ? [] : [[role, props[role]!]]))),
    ...(props.region !== undefined ? { region: props.region } : {}),
    ...(props.highlight !== undefined ? { highlight: props.highlight } : {}),
    ...(props.shapes !== undefined ? { shapes: props.shapes } : {}),
    ...(props.key !== undefined ? { key: props.key } : {}),
    ...(props.inset !== undefined ? { inset: props.inset } : {}),
  };
  const { map, missing } = buildMapData({
    spec,
    dataset,
    ...(dataset.meta ? { meta: dataset.meta } : {}),
    rows: known,
    isSecondary: (row: DataRow) => sources.get(row.source)?.confidence === 'secondary',
    shapesFiles: shapes,
    tagProblem: fail,
    cellProblem: (row, column, message) => new ContentError(dataset.path, row.line, column, message),
  });
  const column = map.columns.value ?? map.columns.label!;
  const area = map.shapes ? mapWords.table.area : mapWords.table.country;
  const title =
    props.title ??
    (map.type === 'locator'
      ? mapWords.title.locator(map.columns.label!.label.toLowerCase())
      : mapWords.title.shaded(column.label, area.toLowerCase()));
  const shapeSource = map.shapes ? sources.get(shapes.get(map.shapes.name)!.source) : undefined;
  const notes = [...(dataset.meta?.notes ?? [])];
  if (map.type === 'symbol') notes.push(mapWords.circlesNote);
  const secondary = map.places.filter((p) => p.secondary);
  if (secondary.length > 0)
    notes.push(
      mapWords.secondary(
        secondary.map((p) => p.label ?? p.areaName ?? p.row.id),
        map.type !== 'choropleth',
      ),
    );
  if (map.inset) notes.push(mapWords.insetNote);
  if (missing.length > 0) notes.push(mapWords.notDrawn(missing.length));
  if (later.length > 0) notes.push(mapWords.later(later.length, story.publishedAt));
  const { summary, caption } = figureSummary(props, mapSummary(map), { path: story.path, line });
  return {
    id,
    title,
    takeaway: props.takeaway ?? '',
    alt: mapWords.alt[map.type],
    summary,
    notes,
    table: {
      caption: caption(mapWords.table.caption(title)),
      ...mapTable(map, dataset.columns, sources, dataset.meta),
    },
    sources: [
      ...[...new Set(map.places.map((p) => p.row.source))].map((s) => sources.get(s)!),
      ...(shapeSource ? [shapeSource] : []),
      BASEMAP_SOURCE,
    ],
    drawing: {
      map,
      widths: [...CHART_WIDTHS],
      idPrefix: id,
      labelledBy: `${id}-title ${id}-alt`,
      describedBy: `${id}-summary`,
    },
  };
}
