/**
 * The tags journalists may type in MDX, with the props each needs. One registry feeds
 * the MDX components map (mdx-components.ts) and the remark check that rejects an
 * unknown tag with its line (MDX's own error has none).
 */
export const componentProps = {
  // `type` is checked by the story model, which also tells a tag with a retired `view` what to write.
  Chart: {
    required: ['id', 'dataset'],
    optional: [
      'type',
      'x',
      'y',
      'x1',
      'x2',
      'series',
      'label',
      'symbol',
      'layout',
      'title',
      'takeaway',
      'compare',
      'highlight',
      'annotate',
      'view',
      'summary',
    ],
  },
  // summary="…": the journalist's own sentence for the figure (src/story/summary-prop.ts).
  Timeline: { required: ['id', 'events'], optional: ['title', 'takeaway', 'summary'] },
  PositionsTable: { required: ['id', 'positions'], optional: ['title', 'takeaway', 'summary'] },
  Fact: { required: ['id'], optional: ['column'] },
  Table: {
    required: ['id', 'dataset'],
    optional: ['columns', 'sort', 'bars', 'heat', 'rows', 'title', 'takeaway', 'summary'],
  },
  // An image is not a data figure: no embed page, no CSV; `id`, when given, is its anchor.
  Image: { required: ['src', 'alt', 'credit'], optional: ['id', 'caption', 'decorative'] },
  // `type` and the columns each type needs are checked by the story model (src/figures/maps/model.ts).
  Map: {
    required: ['id', 'dataset'],
    optional: [
      'type',
      'lat',
      'lon',
      'label',
      'symbol',
      'country',
      'value',
      'title',
      'takeaway',
      'region',
      'highlight',
      'shapes',
      'key',
      'inset',
      'summary',
    ],
  },
} as const satisfies Record<string, { required: readonly string[]; optional: readonly string[] }>;

export type ComponentName = keyof typeof componentProps;
export const componentNames = Object.keys(componentProps) as ComponentName[];

/** Tags that draw a figure: each has an id that is its anchor and its embed address. */
export const figureNames = [
  'Chart',
  'Timeline',
  'PositionsTable',
  'Table',
  'Map',
] as const satisfies readonly ComponentName[];

/** A figure tag as written in a story: its name, its props as text, and its line in the MDX file. */
export interface StoryFigure {
  name: (typeof figureNames)[number];
  props: Record<string, string | undefined>;
  line: number;
}
