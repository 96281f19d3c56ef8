import { ContentError } from '../problems/content-error.ts';

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
    if (token)
      problems.push(
        new ContentError(
          file,
          i + 1,
          'fact',
          `{{${token[1]}}} prints a number only in keyPoints: in the story's text write <Fact id="${token[1]}" />`,
        ),
      );
  });
  return problems;
}
