import { LineCounter, parseDocument, isAlias, isMap, isNode, isScalar, visit } from 'yaml';
import { ContentError } from '../problems/content-error.ts';
import { cleanText, type Located } from './located.ts';

/**
 * Parses YAML 1.2 (core schema), so an unquoted `2016-02-31` stays the string written
 * and our date check sees it, instead of a timestamp silently rolled into March.
 */
export function readYaml(text: string, file: string): Located<unknown> {
  const clean = cleanText(text);
  if (clean.trim() === '') throw new ContentError(file, 1, 'file', 'is empty');
  const lineCounter = new LineCounter();
  const doc = parseDocument(clean, {
    lineCounter,
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: true,
  });
  const problem = doc.errors[0];
  if (problem) {
    const line = problem.linePos?.[0].line ?? 1;
    const reason = problem.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new ContentError(file, line, 'yaml', `${reason} (check the indentation and quotes)`);
  }
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // An alias (`*name`) with no anchor, or too many aliases: the yaml library throws a ReferenceError.
    let line = 1;
    visit(doc, {
      Alias: (_key, node) => (isAlias(node) && node.range ? ((line = lineAt(node.range[0])), visit.BREAK) : undefined),
    });
    throw new ContentError(
      file,
      line,
      'yaml',
      `${(error as Error).message} (text that starts with * or & must be in quotes)`,
    );
  }
  return {
    data,
    lineOf(path) {
      // A key's own line: `columns:` whose value is a block starts on the line of the key, not of its value.
      const parent = path.length > 0 ? doc.getIn(path.slice(0, -1) as unknown[], true) : undefined;
      const key = isMap(parent)
        ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === path.at(-1))?.key
        : undefined;
      if (isNode(key) && key.range) return lineAt(key.range[0]);
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return lineAt(node.range[0]);
      }
      return 1;
    },
  };
}
