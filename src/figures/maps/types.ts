import type { FeatureCollection } from 'geojson';
import type { DataRow } from '../../schemas/chart-dataset.ts';
import type { Column } from '../charts/types.ts';

/**
 * The map figure model: what a map draws and describes, resolved from the <Map> tag, the CSV and
 * its sidecar, with the as-of rule already applied. Plain data (no functions): a production build
 * draws on worker threads and this crosses them by structured clone.
 */

/** The type names are a public contract: stories nobody on the team has seen use them. */
export const mapTypes = ['locator', 'choropleth', 'symbol'] as const;
export type MapType = (typeof mapTypes)[number];

/** A tag prop that names a column. */
export type MapRole = 'lat' | 'lon' | 'label' | 'symbol' | 'country' | 'value';

export interface Place {
  row: DataRow;
  /** Decimal degrees, when the row is a point. */
  lon?: number;
  lat?: number;
  /** The area the row belongs to: an ISO alpha-3 code, or a key of the custom shapes. */
  area?: string;
  /** The area's name as a reader knows it (Natural Earth's, or the CSV's for custom shapes). */
  areaName?: string;
  label?: string;
  symbol?: string;
  value?: number;
  /** Read second-hand (the source's confidence): drawn hollow, said in the notes. */
  secondary: boolean;
}

/** Custom boundaries (shapes="…"): features joined to rows by the property named in key="…". */
export interface MapShapes {
  /** The file's name, for the credit line. */
  name: string;
  key: string;
  features: FeatureCollection;
}

/** The inset: a small map of a wider area with the main map's frame marked on it. */
export interface MapInset {
  /** ISO alpha-3 codes the inset is framed on, or [] for the whole world. */
  region: string[];
}

export interface MapData {
  type: MapType;
  columns: Partial<Record<MapRole, Column>>;
  /** Exactly the rows drawn, in the CSV's order. */
  places: Place[];
  /** ISO alpha-3 codes the map is framed on; [] frames it on the data. */
  region: string[];
  /** ISO alpha-3 codes (or shape keys) drawn as the subject. */
  highlight: string[];
  /** symbol="column": a marker per value, in order of first appearance. */
  symbols: { value: string; shape: string }[];
  shapes?: MapShapes;
  inset?: MapInset;
}
