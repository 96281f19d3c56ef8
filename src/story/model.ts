import { publicFrom } from '../provenance/as-of.ts';
import { citedSourceIds } from '../provenance/cited-sources.ts';
import type { Positions, TimelineEvent } from '../loaders/data-files.ts';
import { resolvePositions, resolveTimeline, type PositionsFigure, type TimelineFigure } from './evidence-figures.ts';
import { asContentErrors, ContentError, throwContentErrors } from '../problems/content-error.ts';
import { factKey, factText, lookupFact, splitFacts, type FactRef } from '../provenance/facts.ts';
import type { StoryParagraph } from '../loaders/story-tree.ts';
import type { StoryFigure } from '../vocabulary.ts';
import type { SourceEntry } from '../schemas/source.ts';
import type { FactRecord } from '../provenance/facts.ts';
import type { ResolvedDataset } from '../loaders/resolved-datasets.ts';
import { resolveChart, type ChartFigure } from './chart-figure.ts';
import { resolveMap, type MapFigure, type ResolvedShapes } from './map-figure.ts';
import { resolveTable, type TableFigure } from './table-figure.ts';
import { imageKey, resolveImage, type ImageFigure } from '../figures/images/model.ts';

/** What every story model reads, loaded once for the site (src/site/site-data.ts). */
export interface SiteData {
  datasets: ReadonlyMap<string, ResolvedDataset>;
  sources: ReadonlyMap<string, SourceEntry>;
  facts: Map<string, FactRecord>;
  /** Custom map boundaries (GeoJSON or TopoJSON files in src/content/data) by name. */
  shapes?: ReadonlyMap<string, ResolvedShapes>;
}

/** One quoted number, checked against the story's date, as the page prints it. */
export interface ResolvedFact {
  id: string;
  /** The column quoted, when the tag names one. */
  column?: string;
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
  tables: Map<string, TableFigure>;
  /** Pictures by id, else by file (src/figures/images/model.ts imageKey). */
  images: Map<string, ImageFigure>;
  maps: Map<string, MapFigure>;
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
  /** <Fact id="…"/> tags, with the column each names and their lines. */
  factTags: readonly { id: string; column?: string; line: number }[];
  /** <Image …/> tags, with their lines, and the files in src/content/images/. */
  imageTags?: readonly { props: Record<string, string | undefined>; line: number }[];
  imageFiles?: readonly string[];
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
  const tables = new Map<string, TableFigure>();
  const maps = new Map<string, MapFigure>();
  // Every figure's and fact's mistakes at once, so a journalist fixes them in one go.
  const problems: ContentError[] = [];
  const collect = <T>(resolve: () => T): T | undefined => {
    try {
      return resolve();
    } catch (error) {
      const found = asContentErrors(error);
      if (!found) throw error;
      problems.push(...found);
      return undefined;
    }
  };
  for (const { name, props, line } of story.figures) {
    const id = props.id!;
    collect(() => {
      if (name === 'Chart') charts.set(id, resolveChart(props, line, story, site.datasets, site.sources));
      if (name === 'Timeline') timelines.set(id, resolveTimeline(props, line, story, story.timelines, site.sources));
      if (name === 'PositionsTable')
        positions.set(id, resolvePositions(props, line, story, story.positions, site.sources));
      if (name === 'Table') tables.set(id, resolveTable(props, line, story, site.datasets, site.sources));
      if (name === 'Map')
        maps.set(id, resolveMap(props, line, story, site.datasets, site.shapes ?? new Map(), site.sources));
    });
  }
  const images = new Map<string, ImageFigure>();
  const imageLines = new Map<string, number>();
  for (const { props, line } of story.imageTags ?? []) {
    const fail = (field: string, message: string) => new ContentError(story.path, line, field, message);
    const key = imageKey(props);
    collect(() => {
      if (imageLines.has(key))
        throw fail(
          'id',
          `"${key}" is also the picture on line ${imageLines.get(key)}: give each <Image> of one file its own id="…"`,
        );
      imageLines.set(key, line);
      images.set(key, resolveImage(props, story.imageFiles ?? [], fail));
    });
  }
  const facts = new Map<string, ResolvedFact>();
  const resolveFact = (record: FactRef, line: number): ResolvedFact => {
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
    const fact: ResolvedFact = {
      id: record.row.id,
      ...(record.column !== undefined ? { column: record.column } : {}),
      text: factText(record, story.path, line),
      source: record.row.source,
    };
    facts.set(factKey(fact.id, fact.column), fact);
    return fact;
  };
  for (const tag of story.factTags)
    collect(() => {
      const record = lookupFact(site.facts, tag.id, story.path, tag.line);
      resolveFact(tag.column === undefined ? record : { ...record, column: tag.column }, tag.line);
    });
  const keyPoints = story.keyPoints.map(
    (text) =>
      collect(() =>
        splitFacts(text, site.facts, story.path, story.keyPointsLine).map((part) =>
          typeof part === 'string' ? part : resolveFact(part, story.keyPointsLine),
        ),
      ) ?? [],
  );
  for (const id of story.creditSources) {
    if (!site.sources.has(id)) {
      problems.push(
        new ContentError(
          story.path,
          story.creditSourcesLine,
          'creditSources',
          `"${id}" is not in the sources registry (src/content/sources.yaml)`,
        ),
      );
    }
  }
  throwContentErrors(problems);
  const keyPointFacts = keyPoints.flat().flatMap((part) => (typeof part === 'string' ? [] : [part.id]));
  const ids = citedSourceIds(
    story.tree,
    {
      datasets: site.datasets,
      facts: site.facts,
      timelines: story.timelines,
      positions: story.positions,
      shapes: site.shapes,
    },
    keyPointFacts,
    [...story.creditSources],
  );
  return {
    charts,
    timelines,
    positions,
    tables,
    images,
    maps,
    facts,
    keyPoints,
    citedSources: ids.flatMap((id) => (site.sources.has(id) ? [site.sources.get(id)!] : [])),
    creditSources: story.creditSources.map((id) => site.sources.get(id)!),
  };
}
