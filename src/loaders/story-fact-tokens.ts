import { ContentError } from '../problems/content-error.ts';

/** Why `{{id}}` in a story's text prints nothing, and what to write instead. */
export function factTokenHint(token: string): string {
  const [id, column] = token.split('.');
  const tag = column ? `<Fact id="${id}" column="${column}" />` : `<Fact id="${id}" />`;
  return `{{${token}}} prints a number only in keyPoints: in the story's text write ${tag}`;
}

/**
 * `{{…}}` typed in a story's text (after the front matter), where MDX would stop at it with "Could
 * not parse expression with acorn": the story's text quotes a number with <Fact id="…" />.
 */
export function factTokensInStory(fileText: string, file: string): ContentError[] {
  const lines = fileText.split(/\r?\n/);
  const bodyStart = lines[0]?.trim() === '---' ? lines.findIndex((line, i) => i > 0 && line.trim() === '---') + 1 : 0;
  const problems: ContentError[] = [];
  let fenced = false;
  lines.forEach((line, i) => {
    if (i < bodyStart) return;
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const token = fenced ? null : /\{\{\s*([^{}]*?)\s*\}\}/.exec(line.replace(/`[^`]*`/g, ''));
    if (token) problems.push(new ContentError(file, i + 1, 'fact', factTokenHint(token[1])));
  });
  return problems;
}
