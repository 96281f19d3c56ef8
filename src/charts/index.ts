import { byPublisher } from './by-publisher.ts';
import { perYear } from './per-year.ts';
import { truceFirstWeek } from './truce-first-week.ts';
import type { ChartView } from './types.ts';

/** Every chart view a journalist can name in <Chart view="…"/>. */
const views = new Map<string, ChartView>([byPublisher, perYear, truceFirstWeek].map((view) => [view.id, view]));

export const viewIds: readonly string[] = [...views.keys()];

export function getView(id: string): ChartView {
  const view = views.get(id);
  if (!view) throw new Error(`Unknown chart view "${id}": use one of ${viewIds.map((v) => `"${v}"`).join(', ')}`);
  return view;
}
