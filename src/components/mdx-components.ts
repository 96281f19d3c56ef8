import Chart from './figures/Chart.astro';
import Timeline from './figures/Timeline.astro';
import PositionsTable from './figures/PositionsTable.astro';
import Fact from './Fact.astro';
import Table from './figures/Table.astro';
import Image from './figures/Image.astro';
import Map from './figures/Map.astro';
import type { ComponentName } from '../vocabulary.ts';

/** The MDX components map: every name in src/vocabulary.ts, so journalists need no import lines. */
export const mdxComponents = { Chart, Timeline, PositionsTable, Fact, Table, Image, Map } satisfies Record<
  ComponentName,
  unknown
>;
