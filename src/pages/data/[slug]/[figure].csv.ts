import type { APIRoute, GetStaticPaths } from 'astro';
import { figurePages, pageSlug, type FigurePage } from '../../../site/explainer-list.ts';
import { loadStory } from '../../../site/load-story.ts';
import { storyFigures, type StoryFigure } from '../../../site/story-figures.ts';
import { toCsv } from '../../../format/csv.ts';
import { storyPageKey } from '../../../site/page-keys.ts';

/** "Get the data": one CSV per chart, map or table figure, exactly the rows drawn, with their sources. */
export const getStaticPaths = (async () => {
  const pages = await figurePages();
  return Promise.all(
    pages.flatMap((entry) =>
      storyFigures(entry)
        .filter((figure) => figure.name === 'Chart' || figure.name === 'Map' || figure.name === 'Table')
        .map(async (figure) => ({
          params: { slug: pageSlug(entry), figure: figure.props.id! },
          props: { entry, figure },
          cacheKey: await storyPageKey(entry, figure.props.id),
        })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry, figure } = props as { entry: FigurePage; figure: StoryFigure };
  // The same figure model draws the page's table, so the download and the table cannot disagree.
  const model = await loadStory(entry, figure);
  const id = figure.props.id!;
  const data = model.tables.get(id)?.csv;
  if (data)
    return new Response(toCsv(data.header, data.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  const { table } = figure.name === 'Map' ? model.maps.get(id)! : model.charts.get(id)!;
  const csv = toCsv(
    table.columns.map((c) => c.label),
    table.raw.map((row) => table.columns.map((c) => row[c.key] ?? '')),
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
