import { findQuote } from '../provenance/citations.ts';
import { ContentError } from '../problems/content-error.ts';
import { formatDate, parseDate } from '../dates/index.ts';
import type { Positions, TimelineEvent } from '../loaders/data-files.ts';
import {
  buildPositions,
  findPositions,
  positionsCaption,
  positionsSummary,
  type PositionsGrid,
} from '../figures/positions/model.ts';
import { figureSummary } from './summary-prop.ts';
import {
  buildTimeline,
  findTimeline,
  timelineSummary,
  timelineTable,
  type Citation,
  type TableData,
  type TimelineModel,
} from '../figures/timeline/model.ts';
import type { StoryParagraph } from '../loaders/story-tree.ts';
import type { SourceEntry } from '../schemas/source.ts';

/**
 * The story's timelines and positions tables, resolved once with the rest of its model: the tag's
 * file found (or the build stops at the tag), every quote found in one paragraph (or it stops at
 * the quote), the words written. Links to paragraphs are fragments ("#p-7"); an embed page makes
 * them point back at the story.
 */

export interface TimelineFigure {
  model: TimelineModel;
  summary: string;
  table: TableData;
}

export interface PositionsFigure {
  grid: PositionsGrid;
  summary: string;
  /** The table's caption: what it crosses, and the generated summary when the tag wrote its own. */
  caption: string;
}

interface StoryText {
  path: string;
  publishedAt: string;
  paragraphs: readonly StoryParagraph[];
}

/** A quote to the paragraph that holds it, or a `path:line` error at the quote. */
export function quoteCiter(story: StoryText, file: string) {
  return (quote: string, line: number): Citation => {
    const match = findQuote(quote, story.paragraphs);
    if (!match.ok) throw new ContentError(file, line, 'quote', `${match.reason} (${story.path})`);
    return { href: `#p-${match.paragraph}`, paragraph: match.paragraph };
  };
}

export function resolveTimeline(
  props: Record<string, string | undefined>,
  line: number,
  story: StoryText,
  timelines: ReadonlyMap<string, { path: string; events: TimelineEvent[] }>,
  sources: ReadonlyMap<string, SourceEntry>,
): TimelineFigure {
  // Looked up by id: only a missing one reads them all, to list them in its error.
  const file =
    timelines.get(props.events ?? '') ??
    findTimeline(
      [...timelines].map(([id, data]) => ({ id, data })),
      props.events ?? '',
      story.path,
      line,
    );
  const model = buildTimeline({
    events: file.events,
    publishedAt: story.publishedAt,
    sources,
    cite: quoteCiter(story, file.path),
    file: file.path,
  });
  const published = formatDate(parseDate(story.publishedAt));
  const { summary, caption } = figureSummary(props, timelineSummary(model, published), { path: story.path, line });
  const table = timelineTable(model, published);
  return { model, summary, table: { ...table, caption: caption(table.caption) } };
}

export function resolvePositions(
  props: Record<string, string | undefined>,
  line: number,
  story: StoryText,
  positions: ReadonlyMap<string, { path: string; table: Positions }>,
  sources: ReadonlyMap<string, SourceEntry>,
): PositionsFigure {
  const file =
    positions.get(props.positions ?? '') ??
    findPositions(
      [...positions].map(([id, data]) => ({ id, data })),
      props.positions ?? '',
      story.path,
      line,
    );
  const grid = buildPositions({ table: file.table, sources, cite: quoteCiter(story, file.path), file: file.path });
  const { summary, caption } = figureSummary(props, positionsSummary(grid), { path: story.path, line });
  return { grid, summary, caption: caption(positionsCaption(grid)) };
}
