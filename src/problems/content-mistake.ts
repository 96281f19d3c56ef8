import { relative } from 'node:path';
import { contentErrorText } from './content-error.ts';

interface ToolError {
  name?: string;
  message?: string;
  reason?: string;
  loc?: { file?: string; line?: number };
  errors?: unknown[];
}

/**
 * A content mistake as a journalist reads it, `path:line: field: message` (a line per problem),
 * from whatever carried it: our ContentErrors however wrapped, or the MDX compiler's or the
 * front-matter reader's own error. Undefined for anything else, a fault in the code, whose stack
 * the developer needs. The build (scripts/build/astro-pass.mjs) and `npm run dev` both use it.
 */
export function contentMistake(error: unknown, root: string): string | undefined {
  const ours = contentErrorText(error);
  if (ours) return capProblems(ours);
  // Vite and rolldown wrap a plugin's error (MDX syntax, say) in an aggregate "Build failed with 1 error".
  const e = ((error as ToolError | undefined)?.errors?.[0] ?? error) as ToolError | undefined;
  if (!e?.loc?.file) return undefined;
  const file = relative(root, e.loc.file).split('\\').join('/');
  const message = String(e.message ?? e)
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n');
  if (e.name === 'MDXError') {
    // micromark puts the position at the end of the message: "… (21:1-21:51)".
    const at = /\s*\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(message);
    return `${file}:${e.loc.line ?? at?.[1] ?? 1}: mdx: ${(at ? message.slice(0, at.index) : message).replace(/`/g, '')}`;
  }
  if (e.name === 'YAMLException')
    return `${file}:${e.loc.line || 1}: front matter: ${e.reason ?? message} (check the indentation and quotes)`;
  return undefined;
}

/** The most problems printed at once: past it, "and N more", so the first ones stay on screen. */
export const problemCap = 30;

/** Problem lines, at most `cap` of them, then "… and N more". */
export function capProblems(text: string, cap = problemCap): string {
  const lines = text.split('\n');
  if (lines.length <= cap) return text;
  return [...lines.slice(0, cap), `… and ${lines.length - cap} more (fix these and build again to see them)`].join(
    '\n',
  );
}
