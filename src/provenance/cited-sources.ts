import type { ResolvedDataset } from '../loaders/resolved-datasets.ts';
import type { Positions, TimelineEvent } from '../loaders/data-files.ts';
import type { FactRecord } from './facts.ts';
import { jsxElements, jsxProps } from '../loaders/story-tree.ts';
import type { Root } from 'mdast';

export interface StoryData {
  datasets: ReadonlyMap<string, ResolvedDataset>;
  timelines: ReadonlyMap<string, { events: TimelineEvent[] }>;
  positions: ReadonlyMap<string, { table: Positions }>;
  facts: Map<string, FactRecord>;
  /** Custom map boundaries, each with its sidecar's source. */
  shapes?: ReadonlyMap<string, { source: string }>;
}

/**
 * The source ids a story cites, in the order a reader meets them: the figures' data,
 * facts quoted in the text, key points, then the credit. The Sources section is built
 * from this list, never typed by hand.
 */
export function citedSourceIds(
  tree: Root,
  data: StoryData,
  keyPointFacts: string[],
  creditSources: string[],
): string[] {
  const ids: string[] = [];
  for (const element of jsxElements(tree)) {
    const props = jsxProps(element);
    if (element.name === 'Chart' || element.name === 'Table')
      ids.push(...(data.datasets.get(props.dataset ?? '')?.rows.map((r) => r.source) ?? []));
    if (element.name === 'Timeline')
      ids.push(...(data.timelines.get(props.events ?? '')?.events.flatMap((e) => (e.source ? [e.source] : [])) ?? []));
    if (element.name === 'PositionsTable')
      ids.push(
        ...(data.positions.get(props.positions ?? '')?.table.cells.flatMap((c) => (c.source ? [c.source] : [])) ?? []),
      );
    if (element.name === 'Map') {
      ids.push(...(data.datasets.get(props.dataset ?? '')?.rows.map((r) => r.source) ?? []));
      ids.push(data.shapes?.get(props.shapes ?? '')?.source ?? '');
    }
    if (element.name === 'Fact') ids.push(data.facts.get(props.id ?? '')?.row.source ?? '');
  }
  ids.push(...keyPointFacts.map((id) => data.facts.get(id)?.row.source ?? ''), ...creditSources);
  return [...new Set(ids.filter(Boolean))];
}
