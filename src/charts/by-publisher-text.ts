import { isSecondary, figureKind, KIND_LABEL } from './theme.ts';
import { day, publisherName, sentence, upTo } from './words.ts';
import type { ChartContext, ChartRow } from './types.ts';
import { formatCount, formatQualified } from '../lib/format.ts';

/** The story's own figure, which the by-publisher chart exists to explain. A quote, not data. */
export const ARTICLE = { value: 500_000, quote: 'nearly 500,000' };

/** The drawn figure nearest the article's: the most likely source of it. */
export function closestToArticle(rows: readonly ChartRow[]): ChartRow | undefined {
  return [...rows].sort((a, b) => Math.abs(a.value - ARTICLE.value) - Math.abs(b.value - ARTICLE.value))[0];
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
    (row) => `${publisherName(row, ctx)}, ${KIND_LABEL[figureKind(row)]}: ${formatQualified(row.value, row.qualifier)} ${upTo(row)}`,
  );
  const closest = closestToArticle(rows)!;
  return [
    `The latest figure from each publisher as of ${day(ctx.asOf)}, highest first: ${latest.join('; ')}.`,
    `The article’s “${ARTICLE.quote}” is closest to the ${KIND_LABEL[figureKind(closest)]} by ${closest.series}, ${formatQualified(closest.value, closest.qualifier)}.`,
  ].join(' ');
}

export function byPublisherNotes(rows: ChartRow[], ctx: ChartContext): string[] {
  const kinds = new Set(rows.map(figureKind));
  const notes: string[] = [
    'Each point sits on the last day its figure covers, not the day it was announced.',
  ];
  if (kinds.has('documented') || kinds.has('civilians')) {
    notes.push('A documented count (circles) lists deaths a group has recorded one by one. Groups use different sources and rules, and none records every death, so their counts differ and undercount.');
  }
  if (kinds.has('estimate')) {
    notes.push('A modelled estimate (diamonds) adds deaths that nobody recorded individually, using a statistical model.');
    for (const row of rows.filter((r) => figureKind(r) === 'estimate' && r.note)) notes.push(`${row.series} estimate: ${sentence(row.note)}`);
  }
  if (kinds.has('civilians')) notes.push('Civilians-only counts (triangles) leave out fighters, so they are lower than the other counts by design.');
  const secondary = rows.filter((r) => isSecondary(r, ctx));
  if (secondary.length > 0) {
    const list = secondary.map((r) => `${r.series}, ${formatQualified(r.value, r.qualifier)} ${upTo(r)}`).join('; ');
    notes.push(`Hollow symbols and dashed lines: figures read only in a second-hand report, not from the publisher or a news agency (${list}).`);
  }
  const closest = closestToArticle(rows);
  const documented = rows.filter((r) => r.kind === 'documented count' && r.scope === 'all').sort((a, b) => b.value - a.value)[0];
  if (closest && documented && closest !== documented) {
    notes.push(
      `Derived: the article’s “${ARTICLE.quote}” minus ${closest.series}’s ${formatCount(closest.value)} is ${formatCount(ARTICLE.value - closest.value)}; ` +
        `minus the highest documented count, ${documented.series}’s ${formatCount(documented.value)}, it is ${formatCount(ARTICLE.value - documented.value)}.`,
    );
  }
  return notes;
}
