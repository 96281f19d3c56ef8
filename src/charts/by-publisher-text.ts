import { isSecondary, figureKind, KIND_LABEL } from './theme.ts';
import { day, publisherName, sentence, upTo } from './words.ts';
import type { ChartContext, ChartReference, ChartRow } from './types.ts';
import { formatCount, formatQualified } from '../lib/format.ts';

/** The drawn figure nearest the story's own (<Chart compare="…">): the most likely source of it. */
export function closestTo(rows: readonly ChartRow[], reference: ChartReference | undefined): ChartRow | undefined {
  if (!reference) return undefined;
  return [...rows].sort((a, b) => Math.abs(a.value - reference.value) - Math.abs(b.value - reference.value))[0];
}

/** Each series' most recent figure, highest first. */
function latestPerSeries(rows: readonly ChartRow[]): ChartRow[] {
  const latest = new Map<string, ChartRow>();
  for (const row of rows) {
    const key = `${row.series}|${row.kind}|${row.scope}`;
    const seen = latest.get(key);
    if (!seen || row.asOf > seen.asOf) latest.set(key, row);
  }
  return [...latest.values()].sort((a, b) => b.value - a.value);
}

export function byPublisherSummary(rows: ChartRow[], ctx: ChartContext): string {
  if (rows.length === 0) return `No death-toll figures had been published by ${day(ctx.asOf)}.`;
  const latest = latestPerSeries(rows).map(
    (row) =>
      `${publisherName(row, ctx)}, ${KIND_LABEL[figureKind(row)]}: ${formatQualified(row.value, row.qualifier)} ${upTo(row)}`,
  );
  const text = `The latest figure from each publisher as of ${day(ctx.asOf)}, highest first: ${latest.join('; ')}.`;
  const closest = closestTo(rows, ctx.reference);
  if (!ctx.reference || !closest) return text;
  return `${text} The article’s “${ctx.reference.quote}” is closest to the ${KIND_LABEL[figureKind(closest)]} by ${closest.series}, ${formatQualified(closest.value, closest.qualifier)}.`;
}

export function byPublisherNotes(rows: ChartRow[], ctx: ChartContext): string[] {
  const kinds = new Set(rows.map(figureKind));
  const notes: string[] = ['Each point sits on the last day its figure covers, not the day it was announced.'];
  if (kinds.has('documented') || kinds.has('civilians')) {
    notes.push(
      'A documented count (circles) lists deaths a group has recorded one by one. Groups use different sources and rules, and none records every death, so their counts differ and undercount.',
    );
  }
  if (kinds.has('estimate')) {
    notes.push(
      'A modelled estimate (diamonds) adds deaths that nobody recorded individually, using a statistical model.',
    );
    for (const row of rows.filter((r) => figureKind(r) === 'estimate' && r.note))
      notes.push(`${row.series} estimate: ${sentence(row.note)}`);
  }
  if (kinds.has('civilians'))
    notes.push(
      'Civilians-only counts (triangles) leave out fighters, so they are lower than the other counts by design.',
    );
  const secondary = rows.filter((r) => isSecondary(r, ctx));
  if (secondary.length > 0) {
    const list = secondary.map((r) => `${r.series}, ${formatQualified(r.value, r.qualifier)} ${upTo(r)}`).join('; ');
    notes.push(
      `Hollow symbols and dashed lines: figures read only in a second-hand report, not from the publisher or a news agency (${list}).`,
    );
  }
  const { reference } = ctx;
  if (reference) {
    // Words, not data: the line shows where they fall, and nothing is worked out from them.
    notes.push(
      `The dashed line across the chart marks the article’s “${reference.quote}” (paragraph ${reference.paragraph}) at ${formatCount(reference.value)}: the story’s own words, not a figure from the data.`,
    );
  }
  return notes;
}
