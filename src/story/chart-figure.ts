import { findQuote, type QuoteMatch } from '../provenance/citations.ts';
import { ContentError } from '../problems/content-error.ts';
import { formatDate, parseDate } from '../dates/index.ts';
import { formatFigure } from '../format/numbers.ts';
import { didYouMean } from '../problems/nearest.ts';
import { numberInQuote } from '../provenance/quoted-number.ts';
import type { StoryParagraph } from '../loaders/story-tree.ts';
import type { SourceEntry } from '../schemas/source.ts';
import type { DataRow } from '../schemas/chart-dataset.ts';
import { dateWords, roleText } from '../figures/charts/axes.ts';
import { labelOf } from '../figures/charts/describe.ts';
import type { ChartDrawing } from '../figures/charts/draw.ts';
import { chartForm, isChartType } from '../figures/charts/forms/index.ts';
import { buildChartData, type ChartSpec } from '../figures/charts/model.ts';
import { chartTable, type ChartTable } from '../figures/charts/table.ts';
import { chartTypes, type ChartData, type Role } from '../figures/charts/types.ts';
import type { ResolvedDataset } from '../loaders/resolved-datasets.ts';
import { figureSummary } from './summary-prop.ts';
import { tagDataset } from './tag-dataset.ts';

/** Drawn widths; src/styles/charts.css switches between them at 480 and 800 px. */
export const CHART_WIDTHS = [340, 640, 960] as const;

/** Everything a <Chart> renders, resolved once per story: the page, its embed page and its CSV read this. */
export interface ChartFigure {
  id: string;
  title: string;
  takeaway: string;
  /** What kind of graphic it is, for screen readers (with the caption as its name). */
  alt: string;
  summary: string;
  notes: string[];
  table: ChartTable & { caption: string };
  /** Sources of the rows drawn, in order of first use. */
  sources: SourceEntry[];
  /** Rows published after the story: listed in a dated update, never drawn. */
  later: { id: string; text: string; source: SourceEntry }[];
  drawing: ChartDrawing;
}

export interface StoryFacts {
  path: string;
  publishedAt: string;
  paragraphs: readonly StoryParagraph[];
}

/** The views of the first story, retired: a tag that still names one is told what to write instead. */
const RETIRED_VIEWS: Record<string, string> = {
  'by-publisher': 'type="line" x="date" y="value" series="series" symbol="kind"',
  'per-year': 'type="column" x="date" y="value" annotate="max: Peak"',
  'truce-first-week': 'type="bar" y="series" x="value"',
};

const ROLES: Role[] = ['x', 'y', 'x1', 'x2', 'series', 'label', 'symbol'];

/** One <Chart> tag, checked against its dataset, to the figure it draws; a mistake stops with its file and line. */
export function resolveChart(
  props: Record<string, string | undefined>,
  line: number,
  story: StoryFacts,
  datasets: ReadonlyMap<string, ResolvedDataset>,
  sources: ReadonlyMap<string, SourceEntry>,
): ChartFigure {
  const fail = (field: string, message: string) => new ContentError(story.path, line, field, message);
  const id = props.id!;
  if (props.view !== undefined) {
    const instead = RETIRED_VIEWS[props.view];
    throw fail(
      'view',
      `view="…" is retired: name the chart form and its columns${instead ? `, e.g. ${instead}` : `: type="${chartTypes.join('", "')}"`}`,
    );
  }
  const type = props.type;
  const types = chartTypes.map((t) => `"${t}"`).join(', ');
  if (type === undefined) throw fail('type', `<Chart> needs type="…": one of ${types}`);
  if (!isChartType(type)) throw fail('type', `"${type}" is not a chart type${typeHint(type)}: use one of ${types}`);
  const { dataset, known, later } = tagDataset(props.dataset, datasets, story, sources, fail);

  const reference = props.compare === undefined ? undefined : storyFigure(props.compare, story, fail);
  const spec: ChartSpec = {
    type,
    columns: Object.fromEntries(ROLES.flatMap((role) => (props[role] === undefined ? [] : [[role, props[role]!]]))),
    ...(props.layout !== undefined ? { layout: props.layout } : {}),
    ...(props.highlight !== undefined ? { highlight: props.highlight } : {}),
    ...(props.annotate !== undefined ? { annotate: props.annotate } : {}),
  };
  const cellProblem = (row: DataRow, column: string, message: string) =>
    new ContentError(dataset.path, row.line, column, message);
  const isSecondary = (row: DataRow) => sources.get(row.source)?.confidence === 'secondary';
  // The later rows are only listed, so the marks a tag puts on the drawing (annotate, highlight) are not theirs.
  const build = (rows: readonly DataRow[], drawn = true) =>
    buildChartData({
      spec: drawn ? spec : { type: spec.type, columns: spec.columns },
      dataset,
      ...(dataset.meta ? { meta: dataset.meta } : {}),
      rows,
      isSecondary,
      ...(reference ? { reference: { value: reference.value, quote: reference.quote, scale: reference.scale } } : {}),
      tagProblem: fail,
      cellProblem,
      allowEmpty: !drawn,
    });
  const { chart, missing } = build(known);
  const form = chartForm(type);
  const title = props.title ?? defaultTitle(chart);
  const table = chartTable(chart, dataset.columns, sources, dataset.meta);
  const drawnSources = [...new Set(chart.data.map((d) => d.row.source))].map((s) => sources.get(s)!);
  const laterChart = later.length > 0 ? build(later, false).chart : undefined;
  const { summary, caption } = figureSummary(props, form.summary(chart), { path: story.path, line });
  return {
    id,
    title,
    takeaway: props.takeaway ?? '',
    alt: altText(chart, form.name),
    summary,
    notes: notes(chart, dataset, missing, reference),
    table: { caption: caption(`The data behind “${title}”: one row per figure drawn`), ...table },
    sources: drawnSources,
    later: (laterChart?.data ?? []).map((d) => ({
      id: d.row.id,
      text: laterLine(laterChart!, d),
      source: sources.get(d.row.source)!,
    })),
    drawing: {
      chart,
      widths: [...CHART_WIDTHS],
      idPrefix: id,
      // The caption names the chart; the alt text says what kind of graphic it is.
      labelledBy: `${id}-title ${id}-alt`,
      describedBy: `${id}-summary`,
    },
  };
}

/** What a near-miss type most likely meant: a layout written into the type, or the nearest type's name. */
function typeHint(type: string): string {
  const layout = /^(?:(grouped|stacked)[-_ ]?(bar|column)s?|(bar|column)s?[-_ ]?(grouped|stacked))$/i.exec(type);
  if (layout) {
    const form = (layout[2] ?? layout[3]).toLowerCase();
    const how = (layout[1] ?? layout[4]).toLowerCase();
    return ` (for ${how} ${form}s write type="${form}" with series="…"${how === 'grouped' ? ' and layout="grouped"' : ', stacked by default'})`;
  }
  return didYouMean(type, chartTypes);
}

/** compare="…": the words found in one paragraph of the story (or the build stops), and the one number they give. */
function storyFigure(words: string, story: StoryFacts, fail: (field: string, message: string) => Error) {
  if (words.trim() === '')
    throw fail('compare', 'is empty: quote the story’s words that give its figure, e.g. compare="nearly 500,000"');
  const match: QuoteMatch = findQuote(words, story.paragraphs);
  if (!match.ok) throw fail('compare', `${match.reason} (${story.path})`);
  const number = numberInQuote(words);
  if (!number.ok) throw fail('compare', number.reason);
  return { value: number.value, scale: number.scale, quote: words, paragraph: match.paragraph };
}

function categoryOf(chart: ChartData): Role {
  return ['bar', 'dot', 'range', 'arrow'].includes(chart.type) ? 'y' : 'x';
}

function defaultTitle(chart: ChartData): string {
  return `${labelOf(chart, chart.type === 'range' || chart.type === 'arrow' ? 'x1' : chart.value)} by ${labelOf(chart, categoryOf(chart)).toLowerCase()}`;
}

function altText(chart: ChartData, name: string): string {
  const per = chart.columns.series
    ? `, one ${chart.type === 'line' ? 'line' : 'colour'} per ${chart.columns.series.label.toLowerCase()}`
    : '';
  const shapes = chart.columns.symbol
    ? `; the shape of each point shows its ${chart.columns.symbol.label.toLowerCase()}`
    : '';
  const what =
    chart.type === 'range' || chart.type === 'arrow'
      ? `${labelOf(chart, 'x1').toLowerCase()} to ${labelOf(chart, 'x2').toLowerCase()}`
      : labelOf(chart, chart.value).toLowerCase();
  return `${name} of ${what} by ${labelOf(chart, categoryOf(chart)).toLowerCase()}${per}${shapes}.`;
}

/** A row published after the story, in words: where it sits, its value, and when it came out. */
function laterLine(chart: ChartData, d: ChartData['data'][number]): string {
  const where = (['series', categoryOf(chart)] as Role[])
    .filter((role) => chart.columns[role])
    .map((role) => roleText(chart, d, role));
  const published = d.row.announced
    ? `published ${formatDate(parseDate(d.row.announced))}`
    : 'publication date not recorded';
  return `${where.join(', ')}: ${roleText(chart, d, chart.value)} (${published})`;
}

function notes(
  chart: ChartData,
  dataset: ResolvedDataset,
  missing: DataRow[],
  reference: { quote: string; paragraph: number } | undefined,
): string[] {
  const out = [...(dataset.meta?.notes ?? [])];
  const x = chart.columns.x;
  if (x?.kind === 'time') {
    const precisions = new Set(chart.data.map((d) => parseDate(d.row.cells[x.name]).precision));
    if (precisions.has('range')) out.push('A figure that covers a period is drawn on the last day of the period.');
    if (precisions.has('month') || precisions.has('year'))
      out.push('A figure dated only by its month or year is drawn on the first day of it.');
  }
  const noted = chart.data.filter((d) => d.row.note);
  if (noted.length > 0 && noted.length <= 6) {
    for (const d of noted)
      out.push(`${roleText(chart, d, categoryOf(chart)) || dateWords(d.row.id)}: ${sentence(d.row.note)}`);
  } else if (noted.length > 6) {
    out.push('Notes on each figure are in the table below.');
  }
  const secondary = chart.data.filter((d) => d.secondary);
  if (secondary.length > 0) {
    const hollow = ['line', 'area', 'dot', 'scatter'].includes(chart.type) ? ', drawn hollow' : '';
    const which = secondary.map((d) => laterLine(chart, d).replace(/ \((published|publication)[^)]*\)$/, ''));
    out.push(`Read only in a second-hand report${hollow}: ${which.join('; ')}.`);
  }
  if (missing.length > 0) {
    const category = chart.columns[categoryOf(chart)];
    const which = category ? ` (${missing.map((r) => r.cells[category.name] || r.id).join('; ')})` : '';
    out.push(
      `Not drawn: ${missing.length} ${missing.length === 1 ? 'row has' : 'rows have'} no value in a column this chart draws${which}; ${missing.length === 1 ? 'it is' : 'they are'} left out, not counted as zero.`,
    );
  }
  if (reference) {
    // Words, not data: the line shows where they fall, and nothing is worked out from them.
    const column = chart.columns[chart.value]!;
    out.push(
      `The dashed line marks the story’s “${reference.quote}” (paragraph ${reference.paragraph}) at ${formatFigure(chart.reference!.value, column)}: the story’s own words, not a figure from the data.`,
    );
  }
  return out;
}

/** A note as a sentence: capitalised, ending in a full stop unless it already ends in punctuation. */
function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…"”)]$/.test(capital) ? capital : `${capital}.`;
}
