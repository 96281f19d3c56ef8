/**
 * The one error format for content mistakes, like a compiler's:
 * `path:line: field: message`, path from the repository root, lines from 1.
 * The build prints `message` alone, never a stack trace.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number;
  readonly field: string;
  readonly detail: string;

  constructor(file: string, line: number, field: string, detail: string) {
    super(`${file}:${line}: ${field}: ${detail}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.field = field;
    this.detail = detail;
  }
}

/** Several mistakes found together (every problem in a story's front matter), one line each. */
export class ContentErrors extends Error {
  readonly errors: readonly ContentError[];
  /** True when `npm run dev` printed them already, when the file was loaded (src/problems/problem-output.ts). */
  readonly printed: boolean;

  constructor(errors: readonly ContentError[], { printed = false } = {}) {
    super(errors.map((error) => error.message).join('\n'));
    this.name = 'ContentErrors';
    this.errors = errors;
    this.printed = printed;
  }
}

/** Throws nothing for no problem, the ContentError itself for one, a ContentErrors for several. */
export function throwContentErrors(errors: readonly ContentError[]): void {
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new ContentErrors(errors);
}

/** `path:line: ` at the start of a line: a file with one of the extensions journalists and the code write. */
const located = /((?:[\w.@-]+\/)*[\w.@-]+\.(?:mdx|md|csv|ya?ml|ts|astro|geojson|topojson|json)):(\d+): /;
const problemLine = new RegExp(`^${located.source}\\S`);
const problemStart = new RegExp(`(?:^|\\n|\\s)(${located.source}[^\\n]+)`);

/**
 * Recognises a ContentError even after a bundler duplicated the class or a wrapper copied the
 * message ("… failed: src/…:3: value: …"): the first `path:line: field: message` and each such
 * line right after it, one problem a line.
 */
export function contentErrorText(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const message = String((current as { message?: unknown }).message ?? '');
    const match = problemStart.exec(message);
    if (match) {
      const [first, ...rest] = message.slice(match.index + match[0].indexOf(match[1])).split('\n');
      const more = rest.findIndex((line) => !problemLine.test(line));
      return [first, ...(more < 0 ? rest : rest.slice(0, more))].join('\n');
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The file and line a `path:line: field: message` line names. */
export function problemLocation(problem: string): { file: string; line: number } | undefined {
  const match = problemLine.exec(problem);
  return match ? { file: match[1], line: Number(match[2]) } : undefined;
}

/** The ContentErrors an error is, by name (a Vite module runner may hold another copy of these classes). */
export function asContentErrors(error: unknown): ContentError[] | undefined {
  const e = error as { name?: unknown; errors?: unknown } | undefined;
  if (e?.name === 'ContentError') return [error as ContentError];
  if (e?.name === 'ContentErrors' && Array.isArray(e.errors)) return e.errors as ContentError[];
  return undefined;
}
