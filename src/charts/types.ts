import type { PlotOptions } from '@observablehq/plot';

/** One figure from a chart dataset, as the content loader hands it over. */
export interface ChartRow {
  /** Unique row id, quoted by <Fact id="…"/>. */
  id: string;
  /** Publisher short name: 'SOHR', 'UN OHCHR', 'SCPR', 'SNHR', 'VDC', 'DCHRS'. */
  series: string;
  kind: 'documented count' | 'modelled estimate';
  scope: 'all' | 'civilians';
  /** As written: '2014-04-30', '2014-03', '2014', 'about 2014-03-13', '2016-02-27/2016-03-05'. */
  date: string;
  /** YYYY-MM-DD, the last day the figure covers. */
  asOf: string;
  /** As written, may be ''. */
  announced: string;
  value: number;
  qualifier: '' | 'at least' | 'more than' | 'about' | 'nearly';
  /** Id into the sources registry. */
  source: string;
  note: string;
  /** Line in the CSV (header = 1), for error messages. */
  line: number;
}

export interface SourceEntry {
  id: string;
  originator: string;
  outlet: string;
  title: string;
  url?: string;
  published: string;
  confidence: 'confirmed' | 'secondary';
  translated: boolean;
  kind: 'documented count' | 'modelled estimate' | 'party claim' | 'news report' | 'official statement';
  quote?: string;
  translation?: string;
}

export interface ChartContext {
  /** Width in px of the SVG being drawn; views may adapt labels and height to it. */
  width: number;
  sources: Map<string, SourceEntry>;
  /** The story's publishedAt, YYYY-MM-DD: what the chart may know. */
  asOf: string;
  /** The story's own figure to set against the data (<Chart compare="…">); views that have no use for it ignore it. */
  reference?: ChartReference;
}

/** A number quoted from the story, e.g. compare="nearly 500,000": words, not data. */
export interface ChartReference {
  /** The number in the words: 500000 for "nearly 500,000", 5000000 for "about 5 million". */
  value: number;
  /** The words as the journalist quoted them. */
  quote: string;
  /** The paragraph that holds them: "#p-25", or the explainer's address with it on an embed page. */
  href: string;
  paragraph: number;
}

export interface TableColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

/** Cells are already formatted as text, so the HTML table and the CSV cannot disagree. */
export interface ChartTable {
  columns: TableColumn[];
  rows: Record<string, string>[];
}

export interface ChartView {
  id: string;
  /** What a row's `series` names in this view, as the table's column heading; default "Publisher". */
  seriesLabel?: string;
  /** Defaults a journalist may override in MDX. */
  title: string;
  takeaway: string;
  alt: string;
  /** Exactly the rows drawn (and in the CSV). */
  select(rows: ChartRow[], ctx: ChartContext): ChartRow[];
  /** Rows announced after ctx.asOf: only for a dated "Update" note, never drawn. */
  later(rows: ChartRow[], ctx: ChartContext): ChartRow[];
  /** Pure: no DOM, no I/O. */
  plot(rows: ChartRow[], ctx: ChartContext): PlotOptions;
  /** Generated sentence(s) with the numbers. */
  summary(rows: ChartRow[], ctx: ChartContext): string;
  /** Method notes, "not shown: …", derived arithmetic. */
  notes(rows: ChartRow[], ctx: ChartContext): string[];
}
