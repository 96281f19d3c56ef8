import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentRuleProblemsInFile } from '../../src/remark/content-rules.ts';
import { remarkContentIsData } from '../../src/remark/remark-content-is-data.ts';

/**
 * Content is data (DESIGN §4c): every construct that could run code, load something from another
 * server or restyle the page is refused with `path:line: field: message` and what to write instead;
 * Markdown, the vocabulary's tags and the allowlisted HTML for text pass.
 */

const file = 'src/content/explainers/story.mdx';
const frontMatter = '---\ntitle: "A story"\ndek: "{not code: front matter is YAML}"\n---\n\n';
/** The problems of a body placed after three lines of front matter (so its first line is line 6). */
const problems = (body: string) => contentRuleProblemsInFile(frontMatter + body, file).map((p) => p.message);

const refused: [string, string, string][] = [
  ['an import line', "import X from './x.astro';", `${file}:6: import: import lines are code, and a story is data`],
  [
    'an export that reads the build machine',
    "export const host = (await import('node:os')).hostname();",
    `${file}:6: export: export lines are code, and a story is data`,
  ],
  ['a {…} expression in text', 'The host is {host}.', `${file}:6: expression: {…} is code, and a story is data`],
  ['a {…} expression on its own line', '{1 + 1}', `${file}:6: expression: {…} is code`],
  ['code between two comments', 'A {/* x */ process.exit() /* y */} b', `${file}:6: expression: {…} is code`],
  [
    'a script',
    '<script>alert(1)</script>',
    `${file}:6: html: <script> is not allowed in a story: an explainer page runs no JavaScript`,
  ],
  [
    'a style element',
    '<style>{"p{color:red}"}</style>',
    `${file}:6: html: <style> is not allowed in a story: the site’s stylesheet`,
  ],
  [
    'an iframe',
    '<iframe src="https://example.org/embed" />',
    `${file}:6: html: <iframe> is not allowed in a story: a page loads nothing from another server`,
  ],
  ['an object', '<object data="x.swf" />', `${file}:6: html: <object> is not allowed`],
  ['an embed', '<embed src="x.swf" />', `${file}:6: html: <embed> is not allowed`],
  [
    'a form',
    '<form action="https://example.org"></form>',
    `${file}:6: html: <form> is not allowed in a story: an explainer page sends nothing`,
  ],
  ['an img', '<img src="x.jpg" alt="" />', `${file}:6: html: <img> is not allowed in a story: a picture is an <Image`],
  [
    'an on… attribute on allowed HTML',
    'A <span onClick="alert(1)">word</span>.',
    `${file}:6: onClick: onClick="…" would run code`,
  ],
  [
    'an on… attribute on a tag',
    '<Chart id="c" dataset="d" type="bar" onerror="alert(1)" />',
    `${file}:6: onerror: onerror="…" would run code`,
  ],
  ['a style attribute', 'A <span style="color:red">word</span>.', `${file}:6: style: style="…" is not allowed`],
  ['a javascript: link', 'A [link](javascript:alert(1)).', `${file}:6: link: a "javascript:" address is refused`],
  [
    'a javascript: link with a tab in its scheme',
    'A [link](java&#x09;script:alert(1)).',
    `${file}:6: link: a "javascript:" address is refused`,
  ],
  ['a data: picture', '![x](data:image/png;base64,AAAA)', `${file}:6: image: a "data:" address is refused`],
  ['a data: link definition', '[x]: data:text/html,hi', `${file}:6: link: a "data:" address is refused`],
  [
    'a javascript: href on a tag',
    '<Image id="i" src="JAVASCRIPT:alert(1)" alt="a" credit="c" />',
    `${file}:6: src: a "javascript:" address is refused`,
  ],
  ['a spread of props', '<Chart {...props} />', `${file}:6: expression: <Chart {…}> is code`],
  ['a prop written as an expression', '<Chart id={x} dataset="d" />', `${file}:6: id: id={…} is code`],
  ['a fragment', '<>text</>', `${file}:6: component: <>…</> is not allowed`],
  [
    'an attribute plain HTML does not take',
    'An <abbr class="x" title="y">x</abbr>.',
    `${file}:6: class: <abbr> may carry only title="…", lang="…", dir="…"`,
  ],
  ['a {{fact}} in the text', 'It was {{deaths}}.', `${file}:6: fact: {{deaths}} prints a number only in keyPoints`],
];

describe('the content rules', () => {
  it.each(refused)('refuse %s, at its line, with what to write instead', (_name, body, expected) => {
    const found = problems(`${body}\n`);
    expect(found.length, found.join('\n')).toBeGreaterThan(0);
    expect(found[0].startsWith(expected), found[0]).toBe(true);
  });

  it('count lines from the top of the file, front matter included', () => {
    expect(problems('One.\n\nTwo.\n\n<script />\n')).toEqual([
      expect.stringMatching(new RegExp(`^${file}:10: html: `)),
    ]);
  });

  it('report every problem at once, in order', () => {
    expect(problems('<iframe />\n\nText {x}.\n').map((m) => m.split(': ')[0])).toEqual([`${file}:6`, `${file}:8`]);
  });

  it('allow Markdown, the tags, and plain HTML for text', () => {
    const body = `# A heading

A paragraph with *emphasis*, **strong**, a [link](https://example.org/a?b=c), a [relative one](/explainers/x/),
an <abbr title="United Nations">UN</abbr> body, CO<sub>2</sub>, 10<sup>3</sup>, a <span lang="fr">mot</span>,<br />
and \\{braces\\} written as text. Mail [us](mailto:desk@example.org). {/* a note to the editor */}

{/* <Chart id="later" dataset="d" type="bar" /> */}

> A quote.

- A list item with <Fact id="a-row" column="applicants" />.

<Chart id="c" dataset="d" type="bar" x="value" y="name" title="data: what the chart shows" />

<Table id="t" dataset="d" columns="name,value" sort="-value" />

<Image id="i" src="picture.jpg" alt="A shore" credit="A. Photographer" />
`;
    expect(problems(body)).toEqual([]);
  });

  it('pass every gallery page and every story in the repository', () => {
    for (const dir of [
      'src/content/gallery',
      'src/content/explainers',
      'tests/fixtures/sites/general/src/content/explainers',
      'tests/fixtures/sites/minimal/src/content/explainers',
    ]) {
      for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.mdx'))) {
        const path = join(dir, name);
        expect(contentRuleProblemsInFile(readFileSync(path, 'utf8'), path), path).toEqual([]);
      }
    }
  });
});

describe('the MDX compiler with the content rules', () => {
  it('stops at an export before any of it is evaluated: no module is made', async () => {
    const key = '__contentRulesRan';
    const source = `export const x = (globalThis.${key} = (await import('node:os')).hostname());\n\nText.\n`;
    await expect(
      compile({ value: source, path: join(process.cwd(), file) }, { remarkPlugins: [remarkContentIsData] }),
    ).rejects.toThrow(`${file}:1: export: export lines are code`);
    expect((globalThis as Record<string, unknown>)[key]).toBeUndefined();
  });
});

/** Pieces of a story that follow the rules, and pieces that break one (each on its own line). */
const safePieces = [
  'Plain words, with a comma.',
  'A [link](https://example.org/).',
  'An <abbr title="x">X</abbr> and <sup>2</sup>.',
  '<Fact id="a-row" />',
  '<Chart id="c" dataset="d" type="line" />',
  '## A heading',
  '- an item',
  '> a quote',
  '**Bold** and _italic_.',
  'A <span lang="de">Wort</span>.',
];
const unsafePieces = [
  'import a from "b"',
  'export const a = 1',
  'Text {a} here.',
  '<script>x</script>',
  '<style>{"a"}</style>',
  '<iframe src="https://x" />',
  '<object data="x" />',
  '<embed src="x" />',
  '<form></form>',
  'A <span onmouseover="x">y</span>.',
  'A <span style="x">y</span>.',
  'A [link](javascript:x).',
  '![pic](data:image/png,x)',
  '<img src="x" />',
];

describe('the content rules on random MDX', () => {
  it('find a problem at the line of any unsafe piece among safe ones, and none without one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...safePieces), { maxLength: 8 }),
        fc.option(fc.tuple(fc.constantFrom(...unsafePieces), fc.nat()), { nil: undefined }),
        (safe, unsafe) => {
          const pieces = [...safe];
          const at = unsafe ? unsafe[1] % (pieces.length + 1) : -1;
          if (unsafe) pieces.splice(at, 0, unsafe[0]);
          const found = problems(pieces.join('\n\n') + '\n');
          if (!unsafe) return found.length === 0;
          // Front matter is 5 lines; each piece takes two.
          return found.length > 0 && found.every((m) => m.startsWith(`${file}:${6 + 2 * at}: `));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answer any text with problems in the one format, or leave it to the compiler', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom(
              ...safePieces,
              ...unsafePieces,
              '{',
              '}',
              '<',
              '>',
              '"',
              '\n',
              'on',
              'javascript:',
              ' ',
              '=',
            ),
          ),
          { maxLength: 20 },
        ),
        (parts) => {
          const text = parts.join('');
          const lineCount = (frontMatter + text).split('\n').length;
          for (const message of problems(text)) {
            const match = /^src\/content\/explainers\/story\.mdx:(\d+): [\w:-]+: \S/.exec(message);
            if (!match || Number(match[1]) < 6 || Number(match[1]) > lineCount) return false;
            if (/undefined|\[object/.test(message)) return false;
          }
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });
});
