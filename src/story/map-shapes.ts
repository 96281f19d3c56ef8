import { ContentError } from '../problems/content-error.ts';
import type { DatasetMeta } from '../schemas/chart-dataset.ts';
import type { ShapesFile } from '../figures/maps/shapes.ts';
import type { ResolvedShapes } from './map-figure.ts';

/**
 * Joins each custom boundaries file to its sidecar <name>.meta.yaml, which must name the source
 * the shapes were taken from: boundaries are data, and a map never draws data without a source.
 */
export function resolveShapesFiles(
  files: readonly { id: string; data: { path: string; shapes: Omit<ShapesFile, 'name'> } }[],
  metas: readonly { id: string; data: { path: string; meta: DatasetMeta } }[],
): Map<string, ResolvedShapes> {
  const metaById = new Map(metas.map((m) => [m.id.replace(/\.meta$/, ''), m.data.meta]));
  return new Map(
    files.map(({ id, data }) => {
      const source = metaById.get(id)?.source;
      if (!source)
        throw new ContentError(
          data.path,
          1,
          'source',
          `has no source: name the one it was taken from in src/content/data/${id}.meta.yaml (source: <id>)`,
        );
      return [id, { ...data.shapes, name: id, source }];
    }),
  );
}
