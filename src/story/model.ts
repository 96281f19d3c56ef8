import { publicFrom } from '../provenance/as-of.ts';
import { citedSourceIds } from '../provenance/cited-sources.ts';
import type { Positions, TimelineEvent } from '../loaders/data-files.ts';
import { resolvePositions, resolveTimeline, type PositionsFigure, type TimelineFigure } from './evidence-figures.ts';
import { ContentError } from '../problems/content-error.ts';
import { factText, lookupFact, splitFacts } from '../provenance/facts.ts';
import type { StoryParagraph } from '../loaders/story-tree.ts';
import type { StoryFigure } from '../vocabulary.ts';
import type { SourceEntry } from '../schemas/source.ts';
import type { FactRecord } from '../provenance/facts.ts';
import type { ResolvedDataset } from '../loaders/resolved-datasets.ts';
import { resolveChart, type ChartFigure } from './chart-figure.ts';

/** What every story model reads, loaded once for the site (src/site/site-data.ts). */
export interface SiteData {
  datasets: ReadonlyMap<string, ResolvedDataset>;
  sources: ReadonlyMap<string, SourceEntry>;
  facts: Map<string, FactRecord>;
}

/** One quoted number, checked against the story's date, as the page prints it. */
export interface ResolvedFact {
  id: string;
  text: string;
  source: string;
}

/**
 * One story, every tag resolved and checked once (DESIGN §5): its page, its embed pages and its
 * CSV downloads read this, and components only render it. A mistake stops with its file and line.
 */
export interface StoryModel {
  charts: Map<string, ChartFigure>;
  timelines: Map<string, TimelineFigure>;
  positions: Map<string, PositionsFigure>;
  facts: Map<string, ResolvedFact>;
  keyPoints: (string | ResolvedFact)[][];
  citedSources: SourceEntry[];
  creditSources: SourceEntry[];
}

export interface StoryInput {
  path: string;
  publishedAt: string;
  paragraphs: readonly StoryParagraph[];
  figures: readonly StoryFigure[];
  /** <Fact id="…"/> tags, with their lines. */
  factTags: readonly { id: string; line: number }[];
  keyPoints: readonly string[];
  keyPointsLine: number;
  creditSources: readonly string[];
  creditSourcesLine: number;
  /** The story's parsed body, for the sources its tags cite. */
  tree: Parameters<typeof citedSourceIds>[0];
  /** Timelines and positions tables by id: each file's path (for messages) and its data. */
  timelines: ReadonlyMap<string, { path: string; events: TimelineEvent[] }>;
  positions: ReadonlyMap<string, { path: string; table: Positions }>;
  /** An edition's: its words for the data files' quotes (src/story/evidence-figures.ts). */
  translateQuote?: (dataFile: string, quote: string, line: number) => { quote: string; file: string; line: number };
}

export function buildStoryModel(story: StoryInput, site: SiteData): StoryModel {
  const charts = new Map<string, ChartFigure>();
  const timelines = new Map<string, TimelineFigure>();
  const positions = new Map<string, PositionsFigure>();
  for (const { name, props, line } of story.figures) {
    const id = props.id!;
    if (name === 'Chart') charts.set(id, resolveChart(props, line, story, site.datasets, site.sources));
    if (name === 'Timeline') timelines.set(id, resolveTimeline(props, line, story, story.timelines, site.sources));
    if (name === 'PositionsTable')
      positions.set(id, resolvePositions(props, line, story, story.positions, site.sources));
  }
  const facts = new Map<string, ResolvedFact>();
  const resolveFact = (record: FactRecord, line: number): ResolvedFact => {
    // The story's text may only state what was public on its date; later figures belong in an update.
    const publicOn = publicFrom(record.row, site.sources);
    if (publicOn > story.publishedAt) {
      throw new ContentError(
        story.path,
        line,
        'fact',
        `"${record.row.id}" was not public until ${publicOn}, after this story's publishedAt ${story.publishedAt}: put it in a dated correction or update instead`,
      );
    }
    const fact = { id: record.row.id, text: factText(record, story.path, line), source: record.row.source };
    facts.set(fact.id, fact);
    return fact;
  };
  for (const tag of story.factTags) resolveFact(lookupFact(site.facts, tag.id, story.path, tag.line), tag.line);
  const keyPoints = story.keyPoints.map((text) =>
    splitFacts(text, site.facts, story.path, story.keyPointsLine).map((part) =>
      typeof part === 'string' ? part : resolveFact(part, story.keyPointsLine),
    ),
  );
  for (const id of story.creditSources) {
    if (!site.sources.has(id)) {
      throw new ContentError(
        story.path,
        story.creditSourcesLine,
        'creditSources',
        `"${id}" is not in the sources registry (src/content/sources.yaml)`,
      );
    }
  }
  const keyPointFacts = keyPoints.flat().flatMap((part) => (typeof part === 'string' ? [] : [part.id]));
  const ids = citedSourceIds(
    story.tree,
    { datasets: site.datasets, facts: site.facts, timelines: story.timelines, positions: story.positions },
    keyPointFacts,
    [...story.creditSources],
  );
  return {
    charts,
    timelines,
    positions,
    facts,
    keyPoints,
    citedSources: ids.flatMap((id) => (site.sources.has(id) ? [site.sources.get(id)!] : [])),
    creditSources: story.creditSources.map((id) => site.sources.get(id)!),
  };
}
