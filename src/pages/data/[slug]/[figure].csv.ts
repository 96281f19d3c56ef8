import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { explainerPages, explainerSlug } from '../../../lib/explainer-list.ts';
import { storyFigures } from '../../../lib/story-figures.ts';
import { toCsv } from '../../../lib/csv-write.ts';
import { getView, viewIds } from '../../../charts/index.ts';
import { ContentError } from '../../../lib/content-error.ts';
import { chartTable } from '../../../charts/chart-table.ts';
import { throwStoryProblems } from '../../../lib/story-problems.ts';

/** "Get the data": one CSV per chart figure, exactly the rows drawn, with their sources. */
export const getStaticPaths = (async () => {
  const pages = await explainerPages();
  return pages.flatMap((entry) =>
    storyFigures(entry)
      .filter((figure) => figure.name === 'Chart')
      .map((figure) => ({
        params: { slug: explainerSlug(entry), figure: figure.props.id! },
        props: {
          story: entry,
          dataset: figure.props.dataset!,
          view: figure.props.view!,
          asOf: entry.data.publishedAt,
          path: entry.filePath ?? `src/content/explainers/${entry.id}.mdx`,
          line: figure.line,
        },
      })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const {
    story,
    dataset,
    view: viewId,
    asOf,
    path,
    line,
  } = props as {
    story: CollectionEntry<'explainers'>;
    dataset: string;
    view: string;
    asOf: string;
    path: string;
    line: number;
  };
  // This route may render before the page; it reports a mistake in the tag as <Chart> does.
  const fail = (field: string, message: string) => new ContentError(path, line, field, message);
  // In `npm run dev`, the problems of a file this download reads that failed to load (src/lib/story-problems.ts).
  await throwStoryProblems(story, { name: 'Chart', props: { dataset } });
  if (!viewIds.includes(viewId))
    throw fail('view', `"${viewId}" is not a chart view: use one of ${viewIds.map((v) => `"${v}"`).join(', ')}`);
  const entry = await getEntry('chartData', dataset);
  if (!entry) {
    const known =
      (await getCollection('chartData')).map((e) => `"${e.id}"`).join(', ') ||
      'none yet (add src/content/data/<name>.csv)';
    throw fail('dataset', `"${dataset}" is not a chart dataset in src/content/data: use one of ${known}`);
  }
  const sources = new Map((await getCollection('sources')).map((s) => [s.id, s.data]));
  const view = getView(viewId);
  const ctx = { width: 640, sources, asOf };
  let rows;
  try {
    rows = view.select(entry.data.rows, ctx);
  } catch (error) {
    throw fail('view', `${view.id} cannot draw ${entry.data.path}: ${(error as Error).message}`);
  }
  // The same function draws the page's table, so the download and the table cannot disagree.
  const table = chartTable(rows, ctx, view.seriesLabel);
  // Numbers go out without thousands separators, so a spreadsheet reads them as numbers.
  const cell = (text: string, numeric?: boolean) => (numeric ? text.replace(/,/g, '') : text);
  const csv = toCsv(
    table.columns.map((c) => c.label),
    table.rows.map((row) => table.columns.map((c) => cell(row[c.key] ?? '', c.numeric))),
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
