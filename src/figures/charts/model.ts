import type { DatasetMeta, DataRow } from '../../schemas/chart-dataset.ts';
import { cellValue, resolveColumn, type CellProblem } from './columns.ts';
import { firstDay, lastDay, parseDate } from '../../dates/index.ts';
import { didYouMean } from '../../problems/nearest.ts';
import { chartForm } from './forms/index.ts';
import { SHAPES, paletteColor } from './theme.ts';
import type {
  Annotation,
  ChartData,
  ChartReference,
  ChartType,
  Column,
  Datum,
  Highlight,
  Role,
  SeriesStyle,
} from './types.ts';
import { formatFigure, formatValue, numberScales, parseNumber, type NumberScale } from '../../format/numbers.ts';

/** The tag's props that shape a chart, as written (after the tag check). */
export interface ChartSpec {
  type: ChartType;
  columns: Partial<Record<Role, string>>;
  layout?: string;
  highlight?: string;
  annotate?: string;
}

export interface ChartInput {
  spec: ChartSpec;
  /** The CSV, for messages, and its data columns. */
  dataset: { path: string; columns: readonly string[] };
  meta?: DatasetMeta;
  /** The rows the story could know (the caller applies the as-of rule). */
  rows: readonly DataRow[];
  isSecondary: (row: DataRow) => boolean;
  /** compare="…": the number its words give, and the word it was multiplied by ("100 billion"). */
  reference?: ChartReference & { scale?: NumberScale };
  /** A mistake in the tag: reported at the tag's line. */
  tagProblem: (field: string, message: string) => Error;
  /** A mistake in a cell: reported at the CSV's line. */
  cellProblem: CellProblem;
  /** Rows listed rather than drawn (a dated update) may all lack a value. */
  allowEmpty?: boolean;
}

/** Rows + tag → the figure model every form draws from; stops at the first mistake, with its place. */
export function buildChartData(input: ChartInput): { chart: ChartData; missing: DataRow[] } {
  const { spec, dataset, meta, rows, tagProblem } = input;
  const form = chartForm(spec.type);
  const columns: Partial<Record<Role, Column>> = {};
  const roles = { ...form.accepts, ...form.needs };
  for (const [role, kind] of Object.entries(roles) as [Role, Column['kind']][]) {
    const name = spec.columns[role];
    if (name === undefined) {
      if (role in form.needs) {
        throw tagProblem(
          role,
          `type="${spec.type}" needs ${role}="…": a column of ${dataset.path} (${listColumns(dataset)})`,
        );
      }
      continue;
    }
    if (!dataset.columns.includes(name)) {
      throw tagProblem(
        role,
        `"${name}" is not a column of ${dataset.path}${didYouMean(name, dataset.columns)}: its columns are ${listColumns(dataset)}`,
      );
    }
    columns[role] = resolveColumn(meta, name, kind, rows, input.cellProblem);
  }
  for (const role of Object.keys(spec.columns) as Role[]) {
    if (!(role in roles)) {
      throw tagProblem(role, `type="${spec.type}" takes no ${role}="…": it uses ${Object.keys(roles).join(', ')}`);
    }
  }
  const drawnRoles = (Object.keys(columns) as Role[]).filter((role) => role !== 'label' && role !== 'symbol');
  const data: Datum[] = [];
  const missing: DataRow[] = [];
  for (const row of rows) {
    const v: Datum['v'] = {};
    for (const role of Object.keys(columns) as Role[]) {
      const value = cellValue(row, columns[role]!);
      if (value !== undefined) v[role] = value;
    }
    if (drawnRoles.some((role) => v[role] === undefined)) missing.push(row);
    else data.push({ row, v, series: columns.series ? String(v.series) : '', secondary: input.isSecondary(row) });
  }
  if (data.length === 0 && !input.allowEmpty) {
    throw tagProblem(
      'dataset',
      `${dataset.path} has no row with every column this chart draws (${drawnRoles.map((r) => columns[r]!.name).join(', ')})`,
    );
  }
  checkOnePerCategory(spec.type, columns, data, input.cellProblem);
  const layout = spec.layout ?? 'stacked';
  if (layout !== 'stacked' && layout !== 'grouped') {
    throw tagProblem(
      'layout',
      `"${layout}" is not a layout${didYouMean(layout, ['stacked', 'grouped'])}: use "stacked" (the default) or "grouped"`,
    );
  }
  const chart: ChartData = {
    type: spec.type,
    value: form.value,
    columns,
    data,
    series: seriesStyles(data, meta),
    layout,
    symbols: [...new Set(data.map((d) => String(d.v.symbol ?? '')))]
      .filter((value) => columns.symbol && value !== '')
      .map((value, i) => ({ value, shape: SHAPES[i % SHAPES.length] })),
    annotations: spec.annotate ? annotations(spec.annotate, form.value, data, columns, tagProblem) : [],
    ...(input.reference
      ? { reference: reference(input.reference, columns[form.value], data, form.value, tagProblem) }
      : {}),
  };
  if (spec.highlight) chart.highlight = highlight(spec.highlight, chart, tagProblem);
  return { chart, missing };
}

/**
 * compare="…" read in the value column's own scale: "US$100 billion" on a column counted in
 * billions is 100; a bare "100" is read as the column writes its numbers. A line far beyond every
 * value drawn would squash the bars to nothing: that is a scale mistake, and it stops the build.
 */
function reference(
  quoted: NonNullable<ChartInput['reference']>,
  column: Column | undefined,
  data: Datum[],
  role: Role,
  tagProblem: ChartInput['tagProblem'],
): ChartReference {
  const scale = column?.scale;
  const value = scale && quoted.scale ? quoted.value / numberScales[scale] : quoted.value;
  const largest = Math.max(...data.map((d) => Math.abs(Number(d.v[role]))));
  if (column && largest > 0 && Math.abs(value) > largest * 50) {
    const hint = scale
      ? `; write the quote's scale word ("${scale}") if the story gives one`
      : `: if the data is written in thousands, millions or billions, say so in its sidecar (columns: ${column.name}: { scale: billion })`;
    throw tagProblem(
      'compare',
      `"${quoted.quote}" reads as ${formatFigure(value, column)}, more than 50 times the largest value drawn (${formatValue(largest, column)})${hint}`,
    );
  }
  return { value, quote: quoted.quote };
}

/** A bar, dot or range per category and series: a second row for the same one would be drawn over the first. */
function checkOnePerCategory(
  type: ChartType,
  columns: Partial<Record<Role, Column>>,
  data: Datum[],
  problem: CellProblem,
) {
  const role: Role | undefined = ['bar', 'dot', 'range', 'arrow'].includes(type)
    ? 'y'
    : type === 'column'
      ? 'x'
      : undefined;
  const category = role && columns[role];
  if (!category) return;
  const seen = new Map<string, Datum>();
  for (const d of data) {
    const key = `${String(d.v[role])}\u0000${d.series}`;
    const first = seen.get(key);
    if (first) {
      const fix = columns.series
        ? `one row per ${category.name} and ${columns.series.name}`
        : `one row per ${category.name}, or name the column that tells them apart with series="…"`;
      throw problem(
        d.row,
        category.name,
        `"${String(d.v[role])}" appears again (first on line ${first.row.line}): ${fix}`,
      );
    }
    seen.set(key, d);
  }
}

function listColumns(dataset: ChartInput['dataset']): string {
  return dataset.columns.map((c) => `"${c}"`).join(', ') || 'none besides the reserved ones';
}

/** Colours by first appearance; the sidecar may pin one (a party's colour) by series value. */
function seriesStyles(data: Datum[], meta: DatasetMeta | undefined): SeriesStyle[] {
  const names = [...new Set(data.map((d) => d.series))];
  const pinned = meta?.colors ?? {};
  const taken = new Set(Object.values(pinned));
  let slot = 0;
  return names.map((name) => {
    const pin = pinned[name];
    if (pin) return { name, color: pin.startsWith('series-') ? paletteColor(Number(pin.slice(7)) - 1) : pin };
    while (taken.has(`series-${slot + 1}`)) slot += 1;
    return { name, color: paletteColor(slot++) };
  });
}

/** The axis a form draws its categories on: y for bar, dot, range and arrow; x for column. */
function categoryRole(chart: ChartData): Role | undefined {
  if (['bar', 'dot', 'range', 'arrow'].includes(chart.type)) return 'y';
  if (chart.type === 'column' && chart.columns.x?.kind === 'category') return 'x';
  return undefined;
}

/** highlight="2016-02-27/2016-03-14: label" on a time or number axis, or highlight="A; B" for categories. */
function highlight(written: string, chart: ChartData, tagProblem: ChartInput['tagProblem']): Highlight {
  const [what, ...rest] = written.split(/:\s+/);
  const label = rest.join(': ').trim();
  const role = categoryRole(chart);
  if (role) {
    const names = what
      .split(';')
      .map((n) => n.trim())
      .filter(Boolean);
    const known = new Set(chart.data.map((d) => String(d.v[role])));
    const unknown = names.find((n) => !known.has(n));
    if (unknown !== undefined) {
      throw tagProblem(
        'highlight',
        `"${unknown}" is not a value of ${chart.columns[role]!.name}: use ${[...known].map((k) => `"${k}"`).join(', ')}`,
      );
    }
    return { kind: 'categories', names, label };
  }
  const x = chart.columns.x;
  const [from, to] = what.split('/').map((s) => s.trim());
  // A span covers both its ends whole: "2008/2012" runs from 1 January 2008 to 31 December 2012.
  const read = (text: string | undefined, end: boolean) => {
    if (!text) return undefined;
    if (x?.kind === 'time') {
      try {
        const date = parseDate(text);
        return new Date(`${end ? lastDay(date) : firstDay(date)}T00:00:00Z`);
      } catch {
        return undefined;
      }
    }
    return parseNumber(text);
  };
  const [a, b] = [read(from, false), read(to, true)];
  if (a === undefined || b === undefined) {
    throw tagProblem(
      'highlight',
      `"${written}" is not a span of ${x?.name ?? 'x'}: write "from/to" (${x?.kind === 'time' ? 'e.g. "2016-02-27/2016-03-14"' : 'e.g. "10/20"'}), optionally followed by ": label"`,
    );
  }
  return {
    kind: 'span',
    from: a,
    to: b,
    label,
    ...(x?.kind === 'time' ? { written: [from!, to!] as [string, string] } : {}),
  };
}

/** annotate="max: Peak; 2014: Deadliest year": a note on the point with the highest or lowest value, the last one, or the one at a category or date as written. */
function annotations(
  written: string,
  valueRole: Role,
  data: Datum[],
  columns: Partial<Record<Role, Column>>,
  tagProblem: ChartInput['tagProblem'],
): Annotation[] {
  const valueOf = (d: Datum) => Number(d.v[valueRole] ?? 0);
  return written
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const at = part.indexOf(':');
      if (at < 1)
        throw tagProblem('annotate', `"${part}" needs a place and a note: write "max: Peak" or "2014: Deadliest year"`);
      const key = part.slice(0, at).trim();
      const text = part.slice(at + 1).trim();
      let datum: Datum | undefined;
      if (key === 'max' || key === 'min') {
        datum = data.reduce((best, d) =>
          (key === 'max' ? valueOf(d) > valueOf(best) : valueOf(d) < valueOf(best)) ? d : best,
        );
      } else if (key === 'last' || key === 'first') {
        datum = key === 'last' ? data.at(-1) : data[0];
      } else {
        datum = data.find(
          (d) =>
            Object.values(columns).some((c) => c && c.kind !== 'number' && d.row.cells[c.name] === key) ||
            d.row.id === key,
        );
      }
      if (!datum) {
        throw tagProblem(
          'annotate',
          `"${key}" matches no row drawn: use max, min, first, last, a row id, or a category or date as written in the CSV`,
        );
      }
      return { datum, text };
    });
}
