import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { explainerPages, explainerSlug } from '../../../lib/explainer-list.ts';
import { storyFigures } from '../../../lib/story-figures.ts';
import { toCsv } from '../../../lib/csv-write.ts';
import { getView } from '../../../charts/index.ts';
import { chartTable } from '../../../charts/chart-table.ts';

/** "Get the data": one CSV per chart figure, exactly the rows drawn, with their sources. */
export const getStaticPaths = (async () => {
  const pages = await explainerPages();
  return pages.flatMap((entry) =>
    storyFigures(entry)
      .filter((figure) => figure.name === 'Chart')
      .map((figure) => ({
        params: { slug: explainerSlug(entry), figure: figure.props.id! },
        props: { dataset: figure.props.dataset!, view: figure.props.view!, asOf: entry.data.publishedAt },
      })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { dataset, view: viewId, asOf } = props as { dataset: string; view: string; asOf: string };
  const entry = await getEntry('chartData', dataset);
  if (!entry) throw new Error(`No chart dataset "${dataset}"`);
  const sources = new Map((await getCollection('sources')).map((s) => [s.id, s.data]));
  const view = getView(viewId);
  const ctx = { width: 640, sources, asOf };
  // The same function draws the page's table, so the download and the table cannot disagree.
  const table = chartTable(view.select(entry.data.rows, ctx), ctx, view.seriesLabel);
  // Numbers go out without thousands separators, so a spreadsheet reads them as numbers.
  const cell = (text: string, numeric?: boolean) => (numeric ? text.replace(/,/g, '') : text);
  const csv = toCsv(table.columns.map((c) => c.label), table.rows.map((row) => table.columns.map((c) => cell(row[c.key] ?? '', c.numeric))));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
