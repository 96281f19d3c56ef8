import type { SourceEntry } from '../schemas/source.ts';
import type { ResolvedDataset } from '../loaders/resolved-datasets.ts';
import type { Positions, TimelineEvent } from '../loaders/data-files.ts';
import { toCsv } from '../format/csv.ts';

type Sources = ReadonlyMap<string, SourceEntry>;

/** Whole datasets as CSV for the data page: every row as written, with who produced it and where it was read. */
export function chartDatasetCsv(dataset: ResolvedDataset, sources: Sources): string {
  return toCsv(
    [
      'id',
      ...dataset.columns,
      'announced',
      'qualifier',
      'note',
      'source_id',
      'originator',
      'outlet',
      'url',
      'confidence',
    ],
    dataset.rows.map((r) => [
      r.id,
      ...dataset.columns.map((c) => r.cells[c]),
      r.announced,
      r.qualifier,
      r.note,
      ...sourceCells(r.source, sources),
    ]),
  );
}

export function timelineCsv(events: readonly TimelineEvent[], sources: Sources): string {
  return toCsv(
    [
      'id',
      'date',
      'title',
      'text',
      'category',
      'story_quote',
      'source_id',
      'originator',
      'outlet',
      'url',
      'confidence',
    ],
    events.map((e) => [
      e.id,
      e.date ?? '',
      e.title,
      e.text,
      e.category,
      e.quote ?? '',
      ...sourceCells(e.source, sources),
    ]),
  );
}

export function positionsCsv(table: Positions, sources: Sources): string {
  const party = new Map(table.parties.map((p) => [p.id, p.name]));
  const question = new Map(table.questions.map((q) => [q.id, q]));
  return toCsv(
    [
      'party',
      'question',
      'stance',
      'summary',
      'story_quote',
      'source_quote',
      'source_id',
      'originator',
      'outlet',
      'url',
      'confidence',
    ],
    table.cells.map((c) => {
      const q = question.get(c.question);
      const stance = q?.stances.find((s) => s.id === c.stance)?.label ?? c.stance;
      return [
        party.get(c.party) ?? c.party,
        q?.label ?? c.question,
        stance,
        c.summary,
        c.quote ?? '',
        c.sourceQuote ?? '',
        ...sourceCells(c.source, sources),
      ];
    }),
  );
}

function sourceCells(id: string | undefined, sources: Sources): string[] {
  const source = id ? sources.get(id) : undefined;
  if (!id) return ['', 'the story', '', '', ''];
  return [id, source?.originator ?? '', source?.outlet ?? '', source?.url ?? '', source?.confidence ?? ''];
}
