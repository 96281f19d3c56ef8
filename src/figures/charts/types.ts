import type { PlotOptions } from '@observablehq/plot';
import type { DataRow } from '../../schemas/chart-dataset.ts';
import type { NumberScale } from '../../format/numbers.ts';

/**
 * The chart figure model: what a chart form draws and describes, resolved from the tag, the CSV
 * and its sidecar, with the as-of rule already applied. Plain data (no functions), because a
 * production build draws on worker threads and this crosses them by structured clone.
 */

/** The form names are a public contract: stories nobody on the team has seen use them. */
export const chartTypes = ['bar', 'column', 'line', 'area', 'dot', 'range', 'arrow', 'scatter'] as const;
export type ChartType = (typeof chartTypes)[number];

/** A tag prop that names a column. */
export type Role = 'x' | 'y' | 'x1' | 'x2' | 'series' | 'label' | 'symbol';

/** What a column must hold for its role: a number, a date (or a number), or any text. */
export type ColumnKind = 'number' | 'time' | 'category';

export interface Column {
  /** As in the CSV header. */
  name: string;
  /** The sidecar's label, or the name. */
  label: string;
  unit?: string;
  kind: ColumnKind;
  /** For numbers: the sidecar's format, or "number". */
  format: string;
  /** For numbers: the most digits after the point written in the column, so 2.50 stays 2.50. */
  decimals: number;
  /** For numbers: the sidecar's scale, when the cells count thousands, millions or billions. */
  scale?: NumberScale;
}

export interface Datum {
  row: DataRow;
  /** Values by role: numbers for value columns, Dates (UTC) or numbers for time, text otherwise. */
  v: Partial<Record<Role, number | Date | string>>;
  /** The series value, '' when the chart has none. */
  series: string;
  /** Read second-hand (the source's confidence): drawn hollow, said in the notes. */
  secondary: boolean;
}

export interface SeriesStyle {
  name: string;
  /** A CSS colour or var(--chart-series-N). */
  color: string;
}

/** compare="…": the story's own figure, in its words. */
export interface ChartReference {
  value: number;
  quote: string;
}

export type Highlight =
  /** `written`: a date span's ends as the tag wrote them ("2008", "2012"), for the summary. */
  | { kind: 'span'; from: number | Date; to: number | Date; label: string; written?: [string, string] }
  | { kind: 'categories'; names: string[]; label: string };

export interface Annotation {
  datum: Datum;
  text: string;
}

export interface ChartData {
  type: ChartType;
  /** The role that holds the value (the form's). */
  value: Role;
  /** The columns the tag named, by role. */
  columns: Partial<Record<Role, Column>>;
  /** Exactly the rows drawn, in the CSV's order. */
  data: Datum[];
  /** Series in order of first appearance, each with its colour; one unnamed entry when there is no series. */
  series: SeriesStyle[];
  layout: 'stacked' | 'grouped';
  /** symbol="column": a shape per value, in order of first appearance. */
  symbols: { value: string; shape: string }[];
  reference?: ChartReference;
  highlight?: Highlight;
  annotations: Annotation[];
}

/** One chart form: pure, no DOM, no I/O (DESIGN §3, §5). */
export interface ChartForm {
  type: ChartType;
  /** Roles the form needs, and those it can use, with what each column must hold. */
  needs: Partial<Record<Role, ColumnKind>>;
  accepts: Partial<Record<Role, ColumnKind>>;
  /** The role that holds the value: what max and min in annotate="…" compare, and compare="…" is drawn on. */
  value: Role;
  /** "Bar chart", for the alt text. */
  name: string;
  plot(chart: ChartData, width: number): PlotOptions;
  /** Sentences with the numbers, in words that fit any subject. */
  summary(chart: ChartData): string;
}
