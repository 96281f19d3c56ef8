import { z } from 'astro/zod';
import { dateText, emptyOr, slug, withoutFactTokens } from './fields.ts';
import { numberScales, type NumberScale } from '../format/numbers.ts';

/**
 * A chart dataset is a tidy CSV with any header: one row per observation. These columns are
 * reserved, each optional, and keep provenance, <Fact> and the as-of rule working for any data;
 * every other column is data, kept as the text written until a chart says what it must be.
 */
export const reservedColumns = ['id', 'source', 'qualifier', 'announced', 'note'] as const;

export const qualifiers = ['at least', 'more than', 'about', 'nearly'] as const;

/** The reserved cells of one row, as written (missing columns read as empty). */
export const reservedCellsSchema = z.object({
  /** Unique across all datasets; `<Fact id="…"/>` quotes the row. Empty: the row cannot be quoted. */
  id: emptyOr(slug),
  /** A source id from src/content/sources.yaml; empty only when the dataset's sidecar names one source. */
  source: emptyOr(slug),
  /** How the source qualified the figure. */
  qualifier: z.enum(['', ...qualifiers], {
    error: (iss) =>
      `"${String(iss.input)}" is not allowed: leave it empty or use ${qualifiers.map((q) => `"${q}"`).join(', ')}`,
  }),
  /** When the figure was published; a story shows only figures public by its date. */
  announced: emptyOr(dateText),
  /** Anything a reader should know about this row. */
  note: withoutFactTokens(z.string()),
});

/** How a column's numbers read: 76,021 · 12.5% · 1.25 · $1,200. */
export const numberFormatSchema = z.string().regex(/^(number|percent|decimal:\d|currency:[A-Z]{3})$/, {
  error: (iss) =>
    `"${String(iss.input)}" is not a number format: use "number", "percent", "decimal:1" (digits after the point) or "currency:USD" (any ISO code)`,
});

const scaleNames = Object.keys(numberScales) as [NumberScale, ...NumberScale[]];

/** The cells count thousands, millions or billions, as the source printed them ("6.6" million). */
export const numberScaleSchema = z.enum(scaleNames, {
  error: (iss) =>
    `"${String(iss.input)}" is not a scale: use ${scaleNames.map((s) => `"${s}"`).join(', ')} (the cells are written in that many), or leave it out for whole numbers`,
});

/** What a journalist says about one column, next to the CSV. */
export const columnMetaSchema = z
  .strictObject({
    /** Shown on axes, in the table and in summaries instead of the column's name. */
    label: z.string().trim().min(1, { error: 'is empty' }).optional(),
    /** The unit a value counts, for summaries: "people", "tonnes". */
    unit: z.string().trim().min(1, { error: 'is empty' }).optional(),
    /** How its numbers are written on the page. */
    format: numberFormatSchema.optional(),
    /** Cells written in thousands, millions or billions: printed "6.6 million", "US$23.1 billion". */
    scale: numberScaleSchema.optional(),
  })
  .refine((column) => !(column.scale && column.format === 'percent'), {
    path: ['scale'],
    error: 'a percentage has no scale: leave scale out, or use format: number',
  });

/** `src/content/data/<dataset>.meta.yaml`: optional, beside the CSV it describes. */
export const datasetMetaSchema = z.strictObject({
  /** One source for every row, when the CSV has no source column (or leaves it empty). */
  source: slug.optional(),
  /** Method notes a reader needs with every chart of this data (how it was counted, what it leaves out). */
  notes: z.array(z.string().trim().min(1, { error: 'is empty' })).default([]),
  /** Labels, units and number formats by column name. */
  columns: z.record(z.string(), columnMetaSchema).default({}),
  /** Pinned colours by series value: a CSS colour ("#0087dc") or a palette slot ("series-3"). */
  colors: z
    .record(
      z.string(),
      z.string().regex(/^(#[0-9a-fA-F]{3,8}|series-[1-8])$/, {
        error: (iss) =>
          `"${String(iss.input)}" is not a colour: write "#rrggbb" or a palette slot "series-1" … "series-8"`,
      }),
    )
    .default({}),
});

export type ReservedCells = z.output<typeof reservedCellsSchema>;
export type ColumnMeta = z.output<typeof columnMetaSchema>;
export type DatasetMeta = z.output<typeof datasetMetaSchema> & {
  /** The line each entry of `columns` is written on, for a column the CSV does not have. */
  columnLines?: Record<string, number>;
};

/** One observation: reserved cells, every data cell as written, and where it was written. */
export type DataRow = ReservedCells & {
  /** Data cells by column name, trimmed; '' is missing. */
  cells: Readonly<Record<string, string>>;
  /** Line in the CSV (header = 1). */
  line: number;
};

/** A parsed CSV: its data columns in header order and its rows. */
export interface ChartDataset {
  /** The file, from the repository root, for messages. */
  path: string;
  /** Every non-reserved column, in header order. */
  columns: string[];
  /** Whether the header has a `source` column at all. */
  hasSourceColumn: boolean;
  rows: DataRow[];
}
