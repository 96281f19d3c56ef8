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

/** Recognises a ContentError even after a bundler duplicated the class or a wrapper copied the message. */
export function contentErrorText(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const message = String((current as { message?: unknown }).message ?? '');
    const match = /(?:^|\n|\s)((?:[\w.@-]+\/)*[\w.@-]+\.(?:mdx|md|csv|ya?ml|ts|astro):\d+: [^\n]+)/.exec(message);
    if (match) return match[1];
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
