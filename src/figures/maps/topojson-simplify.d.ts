/** topojson-simplify ships no types; these are the two functions the base map uses. */
declare module 'topojson-simplify' {
  import type { Topology } from 'topojson-specification';
  export function presimplify(topology: Topology): Topology;
  export function simplify(topology: Topology, minWeight?: number): Topology;
}
