import { ContentError } from '../../problems/content-error.ts';
import type { Positions } from '../../loaders/data-files.ts';
import { noStatedPosition, type StanceMeaning } from '../../schemas/positions.ts';
import type { SourceEntry } from '../../schemas/source.ts';
import type { Citation } from '../timeline/model.ts';

/**
 * A positions file as a full grid, parties × questions, with no blank cell: a cell the
 * file leaves out reads "No stated position". Each stance gets a symbol, so the table
 * can be read without colour and a printed page keeps its meaning.
 */

/**
 * A symbol per meaning, so a stance's symbol says what it means: up for support, down against,
 * half for conditions, hollow for no position. Shapes that differ in outline, not only in fill,
 * and exist in common system fonts.
 */
export const meaningSymbols: Record<Exclude<StanceMeaning, 'other'>, string> = {
  support: '▲',
  oppose: '▼',
  conditional: '◐',
  'no-position': '○',
};
/** Stances that are neither for nor against ("Mediating"): told apart by these, in order. */
export const otherSymbols = ['◆', '●', '■', '★', '✚'] as const;
/** A dash reads as "nothing here", which is what we know. */
export const noPositionSymbol = '–';

export interface Stance {
  id: string;
  label: string;
  /** For the compact table on a phone; the label when the file gives none. */
  short?: string;
  /** What it means (support, oppose…); the symbol follows it. */
  meaning?: StanceMeaning;
  symbol: string;
}

export interface Question {
  id: string;
  label: string;
  short?: string;
  stances: Stance[];
}

export interface PositionCell {
  question: Question;
  stance: Stance;
  /** False for "No stated position": no summary, no evidence. */
  stated: boolean;
  summary?: string;
  citation?: Citation;
  source?: SourceEntry;
  sourceQuote?: string;
}

export interface PositionsGrid {
  questions: Question[];
  rows: { party: { id: string; name: string; short?: string }; cells: PositionCell[] }[];
  /** Every source the cells cite, in reading order (row by row). */
  sources: SourceEntry[];
}

export interface PositionsInput {
  table: Positions;
  sources: ReadonlyMap<string, SourceEntry>;
  /** Resolves a story quote to its paragraph; throws a ContentError when it is not there. */
  cite: (quote: string, line: number) => Citation;
  /** The positions file, for messages. */
  file: string;
}

export const missing: Stance = { id: 'no-stated-position', label: noStatedPosition, symbol: noPositionSymbol };

export function buildPositions({ table, sources, cite, file }: PositionsInput): PositionsGrid {
  const questions = table.questions.map((q): Question => {
    const others = q.stances.filter((s) => s.meaning === 'other');
    if (others.length > otherSymbols.length) {
      throw new ContentError(
        file,
        1,
        'stances',
        `${q.id} has ${others.length} stances that mean "other"; a table can tell at most ${otherSymbols.length} apart by symbol`,
      );
    }
    const symbol = (s: (typeof q.stances)[number]) =>
      s.meaning === 'other' ? otherSymbols[others.indexOf(s)]! : meaningSymbols[s.meaning];
    return {
      id: q.id,
      label: q.label,
      short: q.short,
      stances: q.stances.map((s) => ({
        id: s.id,
        label: s.label,
        short: s.short,
        meaning: s.meaning,
        symbol: symbol(s),
      })),
    };
  });
  const byKey = new Map(table.cells.map((cell) => [`${cell.party}/${cell.question}`, cell]));
  const rows = table.parties.map((party) => ({
    party: { id: party.id, name: party.name, short: party.short },
    cells: questions.map((question): PositionCell => {
      const cell = byKey.get(`${party.id}/${question.id}`);
      if (!cell) return { question, stance: missing, stated: false };
      const source = cell.source === undefined ? undefined : sources.get(cell.source);
      if (cell.source !== undefined && !source)
        throw new ContentError(
          file,
          cell.line,
          'source',
          `"${cell.source}" is not in the sources registry (src/content/sources.yaml)`,
        );
      return {
        question,
        stance: question.stances.find((s) => s.id === cell.stance)!,
        stated: true,
        summary: cell.summary,
        citation: cell.quote === undefined ? undefined : cite(cell.quote, cell.quoteLine ?? cell.line),
        source,
        sourceQuote: cell.sourceQuote,
      };
    }),
  }));
  const cited = rows.flatMap((row) => row.cells.flatMap((cell) => (cell.source ? [cell.source] : [])));
  return { questions, rows, sources: [...new Map(cited.map((s) => [s.id, s])).values()] };
}

export function evidencedCells(grid: PositionsGrid): number {
  return grid.rows.reduce((n, row) => n + row.cells.filter((cell) => cell.citation || cell.source).length, 0);
}

/** What the table holds, for the figure's summary line: who, on what, and what each stance rests on. */
export function positionsSummary(grid: PositionsGrid): string {
  const parties = grid.rows.length;
  const total = parties * grid.questions.length;
  const cells = grid.rows.flatMap((row) => row.cells);
  const stated = cells.filter((cell) => cell.stated).length;
  const names = grid.questions.map((q) => q.label);
  const gaps = total - stated;
  const evidence = [
    count(cells.filter((cell) => cell.citation).length, 'quote from this story', 'quotes from this story'),
    count(
      cells.filter((cell) => cell.source && cell.sourceQuote).length,
      'quote from a named source',
      'quotes from named sources',
    ),
    count(
      cells.filter((cell) => cell.source && !cell.sourceQuote).length,
      'named source without quoted words',
      'named sources without quoted words',
    ),
  ].filter((part) => !part.startsWith('0 '));
  return [
    `Where ${count(parties, 'party', 'parties')} ${parties === 1 ? 'stands' : 'stand'} on ${count(grid.questions.length, 'question', 'questions')} (${listOf(names)}):`,
    `${count(stated, 'stated position', 'stated positions')}${gaps === 0 ? '' : `, and for the other ${gaps} we found none`}.`,
    evidence.length > 0 ? `The evidence: ${listOf(evidence)}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The table's caption: how many parties and questions it crosses. */
export function positionsCaption(grid: PositionsGrid): string {
  return `${count(grid.rows.length, 'party', 'parties')} on ${count(grid.questions.length, 'question', 'questions')}: each stance in words and a symbol, with the evidence it rests on.`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function listOf(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

/** The `positions` prop names a positions entry; a typo stops the build at the tag's line. */
export function findPositions<T>(
  entries: readonly { id: string; data: T }[],
  id: string,
  file: string,
  line: number,
): T {
  const entry = entries.find((e) => e.id === id);
  if (entry) return entry.data;
  const known = entries.map((e) => `"${e.id}"`).join(', ') || 'none yet (add src/content/data/<name>-positions.yaml)';
  throw new ContentError(
    file,
    line,
    'positions',
    `"${id}" is not a positions table in src/content/data: use one of ${known}`,
  );
}
