import { LineCounter, isMap, isNode, isScalar, parseDocument } from 'yaml';
import { cleanText } from './located.ts';

/**
 * The line (from 1, counted in the whole .mdx file) a front-matter field was written on, for
 * messages: Astro's front-matter reader keeps no positions. A top-level field is found at its
 * name (a list's items start on the lines below it); anything deeper at its value. Line 1 when
 * the field is not written at all.
 */
export function frontMatterLines(fileText: string): (path: readonly PropertyKey[]) => number {
  const lines = cleanText(fileText).split('\n');
  const end = lines[0]?.trim() === '---' ? lines.findIndex((line, i) => i > 0 && line.trim() === '---') : -1;
  if (end < 0) return () => 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(lines.slice(1, end).join('\n'), { lineCounter });
  // linePos counts from 1 within the front matter; +1 for the opening `---`.
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1;
  return (path) => {
    for (let depth = path.length; depth > 0; depth--) {
      const node =
        depth === 1 && isMap(doc.contents)
          ? doc.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === path[0])?.key
          : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return 1;
  };
}

/** The slug a front matter sets, read from its line, for a story whose front matter cannot be parsed. */
export function writtenSlug(fileText: string): string | undefined {
  const frontMatter = cleanText(fileText).split(/^---\s*$/m)[1] ?? '';
  return /^slug:\s*["']?([a-z0-9-]+)["']?\s*$/m.exec(frontMatter)?.[1];
}
