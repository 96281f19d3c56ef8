import { findQuote } from '../provenance/citations.ts';
import { ContentError } from '../problems/content-error.ts';
import { formatDate, parseDate } from '../dates/index.ts';
import type { Positions, TimelineEvent, Translation } from '../loaders/data-files.ts';
import {
  buildPositions,
  findPositions,
  positionsSummary,
  type PositionsGrid,
  positionsCaption,
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
  /**
   * An edition's words for a data file's quote, where they are written (the file's translation,
   * src/content/data/<file>.<lang>.yaml); throws a ContentError when there are none. Unset for a
   * story in the site's own language.
   */
  translateQuote?: (dataFile: string, quote: string, line: number) => { quote: string; file: string; line: number };
}

/**
 * An edition's words for the quotes of the data files its figures read: from each file's
 * translation, src/content/data/<file>.<lang>.yaml (by id "<file>.<lang>"), or a `path:line` error
 * at the quote left untranslated, so no English quote is looked for in an Arabic text.
 */
export function quoteTranslator(
  lang: string,
  translations: ReadonlyMap<string, { path: string; translation: Translation }>,
): NonNullable<StoryText['translateQuote']> {
  return (dataFile, quote, line) => {
    const name = dataFile.replace(/\.[^./]+$/, '');
    const translation = translations.get(`${name.replace(/^.*\//, '')}.${lang}`);
    const pair = translation?.translation.quotes.find((q) => q.original === quote);
    if (!translation || !pair)
      throw new ContentError(
        dataFile,
        line,
        'quote',
        `has no ${lang} translation: add it to ${name}.${lang}.yaml under quotes`,
      );
    return { quote: pair.translated, file: translation.path, line: pair.line };
  };
}

/** A quote to the paragraph that holds it, or a `path:line` error at the quote (or at its translation). */
export function quoteCiter(story: StoryText, file: string) {
  return (written: string, writtenLine: number): Citation => {
    const {
      quote,
      file: where,
      line,
    } = story.translateQuote?.(file, written, writtenLine) ?? {
      quote: written,
      file,
      line: writtenLine,
    };
    const match = findQuote(quote, story.paragraphs);
    if (!match.ok) throw new ContentError(where, line, 'quote', `${match.reason} (${story.path})`);
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
