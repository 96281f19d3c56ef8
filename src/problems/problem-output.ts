import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemLocation, type ContentError } from './content-error.ts';

/**
 * How `npm run dev` prints content problems: each once, as `path:line: field: message` with the
 * line it names quoted. Loaders print a file's problems when they change; a page prints a mistake
 * of its own (an unknown tag, a quote not in the story) the first time it runs into it after a
 * file changed, so reloading a broken page prints nothing new.
 */

interface Shared {
  print: (text: string) => void;
  root: string;
  /** Mistakes of pages printed since the project's files last changed. */
  reported: Set<string>;
}

// Loaders, pages and the dev server's own code run in different Vite module runners of one
// process, each with its own copy of this module: what they share lives on globalThis.
const shared = ((globalThis as Record<symbol, unknown>)[Symbol.for('explainers.problem-output')] ??= {
  print: (text: string) => console.error(text),
  root: process.cwd(),
  reported: new Set(),
} satisfies Shared) as Shared;

/** Where problems are printed (the dev server's logger) and the folder their paths start from. */
export function setProblemOutput(print: (text: string) => void, root: string) {
  shared.print = print;
  shared.root = root;
}

/** The folder problem paths start from: the project root. */
export function problemRoot(): string {
  return shared.root;
}

/** For one loader: prints a file's problems when they appear or change, not on every reload of it. */
export function problemPrinter(): (file: string, problems: readonly ContentError[]) => void {
  const printed = new Map<string, string>();
  return (file, problems) => {
    const text = problems.map((p) => p.message).join('\n');
    if (text && text !== printed.get(file)) shared.print(withQuotedLines(text));
    // A page that runs into one of them (an MDX file the content rules refuse does not compile) prints nothing more.
    for (const problem of problems) shared.reported.add(problem.message);
    if (text) printed.set(file, text);
    else printed.delete(file);
  };
}

/** A mistake a page ran into (`path:line: field: message` lines): printed unless printed since the files changed. */
export function reportProblems(text: string) {
  const lines = text.split('\n').filter((line) => !shared.reported.has(line));
  if (lines.length === 0) return;
  for (const line of lines) shared.reported.add(line);
  shared.print(withQuotedLines(lines.join('\n')));
}

/** A file changed: a page's mistake is printed again if it is still there. */
export function forgetReportedProblems() {
  shared.reported.clear();
}

export interface QuotedProblem {
  /** `path:line: field: message`. */
  message: string;
  /** The line it names, as written in the file (none when the file cannot be read). */
  source?: { line: number; text: string };
}

/** Each problem with the line of the file it names. */
export function quoteProblems(text: string): QuotedProblem[] {
  return text.split('\n').map((message) => {
    const at = problemLocation(message);
    if (!at) return { message };
    try {
      const lines = readFileSync(join(shared.root, at.file), 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/);
      const line = lines[at.line - 1];
      return line === undefined ? { message } : { message, source: { line: at.line, text: line } };
    } catch {
      return { message };
    }
  });
}

/** For the terminal: each problem, then its line as written, like a compiler. */
function withQuotedLines(text: string): string {
  return quoteProblems(text)
    .map(({ message, source }) => (source ? `${message}\n  ${source.line} | ${source.text}` : message))
    .join('\n');
}
