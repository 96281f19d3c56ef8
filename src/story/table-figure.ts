import { ContentError } from '../problems/content-error.ts';
import { formatDate, parseDate } from '../dates/index.ts';
import type { SourceEntry } from '../schemas/source.ts';
import { provenanceColumns, rowProvenance } from '../figures/figure-table.ts';
import { buildTable, type TableModel } from '../figures/tables/model.ts';
import { defaultTableTitle, laterRowsNote, tableCountSummary, tableSummary } from '../figures/tables/words.ts';
import type { StoryFacts } from './chart-figure.ts';
import type { ResolvedDataset } from '../loaders/resolved-datasets.ts';
import { figureSummary } from './summary-prop.ts';
import { tagDataset } from './tag-dataset.ts';

/** Everything a <Table> renders, resolved once per story: the page, its embed page and its CSV read this. */
export interface TableFigure {
  id: string;
  title: string;
  takeaway: string;
  /** One sentence from the data: the ranked column's highest and lowest rows (one field, so a story may give its own). */
  summary: string;
  notes: string[];
  table: TableModel;
  /** Sources of the rows shown, in order of first use. */
  sources: SourceEntry[];
  /** "Get the data": every row shown, the columns shown then the rest, values as written, with provenance. */
  csv: { header: string[]; rows: string[][] };
}

/** One <Table> tag, checked against its dataset; a mistake stops with its file and line. */
export function resolveTable(
  props: Record<string, string | undefined>,
  line: number,
  story: StoryFacts,
  datasets: ReadonlyMap<string, ResolvedDataset>,
  sources: ReadonlyMap<string, SourceEntry>,
): TableFigure {
  const fail = (field: string, message: string) => new ContentError(story.path, line, field, message);
  const { dataset, known, later } = tagDataset(props.dataset, datasets, story, sources, fail);
  const table = buildTable({
    spec: props,
    fileColumns: dataset.columns,
    path: dataset.path,
    ...(dataset.meta ? { meta: dataset.meta } : {}),
    rows: known,
    tagProblem: fail,
    cellProblem: (row, column, message) => new ContentError(dataset.path, row.line, column, message),
  });
  const name = table.columns.find((c) => !c.numeric);
  const title = props.title ?? defaultTableTitle(table.summary?.column, name?.label ?? table.columns[0].label);
  const notes = [...(dataset.meta?.notes ?? [])];
  if (later.length > 0) notes.push(laterRowsNote(later.length, formatDate(parseDate(story.publishedAt))));
  // A journalist's own summary="…" replaces the generated sentence, which then stays among the notes.
  const generated = table.summary ? tableSummary(table.summary) : tableCountSummary(table.rows.length);
  const { summary } = figureSummary(props, generated, { path: story.path, line });
  const written = summary !== generated;
  const shownKeys = table.columns.map((c) => c.key);
  const otherKeys = dataset.columns.filter((c) => !shownKeys.includes(c));
  const labelOf = (key: string) => dataset.meta?.columns[key]?.label ?? key;
  return {
    id: props.id!,
    title,
    takeaway: props.takeaway ?? '',
    summary,
    notes: written ? [...notes, generated] : notes,
    table,
    sources: [...new Set(table.rows.map((r) => r.row.source))].map((s) => sources.get(s)!),
    csv: {
      header: [
        ...table.columns.map((c) => c.label),
        ...otherKeys.map(labelOf),
        ...provenanceColumns.map((c) => c.label),
      ],
      rows: table.rows.map(({ row }) => {
        const provenance = rowProvenance(row, sources);
        return [
          ...shownKeys.map((k) => row.cells[k] ?? ''),
          ...otherKeys.map((k) => row.cells[k] ?? ''),
          ...provenanceColumns.map((c) => provenance[c.key] ?? ''),
        ];
      }),
    },
  };
}
