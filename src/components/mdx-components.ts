import Chart from './figures/Chart.astro';
import Timeline from './figures/Timeline.astro';
import PositionsTable from './figures/PositionsTable.astro';
import Fact from './Fact.astro';
import Map from './figures/Map.astro';
import type { ComponentName } from '../vocabulary.ts';

/** The MDX components map: every name in src/vocabulary.ts, so journalists need no import lines. */
export const mdxComponents = { Chart, Timeline, PositionsTable, Fact, Map } satisfies Record<ComponentName, unknown>;
