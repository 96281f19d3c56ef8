import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { ContentError } from '../problems/content-error.ts';
import { factTokenHint } from '../loaders/story-fact-tokens.ts';
import { parseStory } from '../loaders/story-tree.ts';
import { componentNames } from '../vocabulary.ts';

/**
 * Content is data (DESIGN §4c): a story's MDX holds Markdown, the vocabulary's tags and the plain
 * HTML below, for text. Anything that could run code on the build machine (import, export, `{…}`)
 * or on a reader's (script, frames, `on…` attributes, `javascript:` links), load something from
 * another server or restyle the page is refused with its line and what to write instead. The check
 * reads the parsed tree only: it runs before the MDX compiler turns a single line into code.
 */

/** Plain HTML a story may use for text, with the attributes each may carry (docs/authoring.md lists them). */
export const allowedHtml: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  b: [],
  bdi: [],
  br: [],
  cite: [],
  del: [],
  em: [],
  i: [],
  ins: [],
  kbd: [],
  mark: [],
  q: [],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  sup: [],
  u: [],
  wbr: [],
};

/** Attributes that hold an address; a title that starts "data: …" is words. */
const urlAttributes = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'cite',
  'background',
  'xlink:href',
]);

/** Attributes any allowed element may carry: the language and direction of a phrase. */
const everyElement = ['lang', 'dir'];

/** What to write instead of an element that is refused, by name. */
const insteadOf: Record<string, string> = {
  script:
    'an explainer page runs no JavaScript: draw the graphic with a tag (<Chart>, <Table>, <Timeline>…) or link to it',
  style: 'the site’s stylesheet styles every story: remove it',
  iframe: 'a page loads nothing from another server: link to the page instead, [its title](https://…)',
  frame: 'a page loads nothing from another server: link to the page instead, [its title](https://…)',
  object: 'a page loads nothing from another server: link to the file instead, [its title](https://…)',
  embed: 'a page loads nothing from another server: link to the file instead, [its title](https://…)',
  form: 'an explainer page sends nothing anywhere: link to the form instead, [its title](https://…)',
  img: 'a picture is an <Image id="…" src="file.jpg" alt="…" credit="…" /> with its file in src/content/images/',
  picture: 'a picture is an <Image id="…" src="file.jpg" alt="…" credit="…" /> with its file in src/content/images/',
  table: 'a table of data is a <Table id="…" dataset="…" /> drawn from a CSV in src/content/data/',
  a: 'write a link in Markdown: [the words](https://…)',
  link: 'the page’s head is the site’s: remove it',
  meta: 'the page’s head is the site’s: remove it',
  base: 'the page’s head is the site’s: remove it',
  video: 'a page loads nothing from another server: link to the video instead, [its title](https://…)',
  audio: 'a page loads nothing from another server: link to the recording instead, [its title](https://…)',
  svg: 'a graphic is drawn from data by a tag: <Chart>, <Table>, or an <Image> of a file in src/content/images/',
};

const allowedList = () =>
  `Markdown, the tags ${componentNames.map((n) => `<${n}>`).join(', ')}, or plain ${Object.keys(allowedHtml)
    .map((n) => `<${n}>`)
    .join(', ')}`;

/** A link or picture address that runs code or carries its own content instead of pointing somewhere. */
export function unsafeUrl(url: string): string | undefined {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1]?.toLowerCase();
  return scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript' ? scheme : undefined;
}

const urlHint = (scheme: string) =>
  `a "${scheme}:" address is refused: link to a page with https://…, and show a picture with <Image src="file.jpg" … /> from src/content/images/`;

/**
 * Every construct in the tree that breaks the rules, one problem each, in document order.
 * `lineOffset` turns the tree's lines into the file's (a body parsed without its front matter).
 */
export function contentRuleProblems(tree: Root, path: string, lineOffset = 0): ContentError[] {
  const problems: ContentError[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      const line = lineOffset + (node.position?.start.line ?? 1);
      const refuse = (field: string, message: string) => problems.push(new ContentError(path, line, field, message));
      switch (node.type) {
        case 'mdxjsEsm': {
          const word = /^\s*(import|export)\b/.exec(node.value)?.[1] ?? 'import';
          refuse(
            word,
            `${word} lines are code, and a story is data: tags need no import (${componentNames.map((n) => `<${n}>`).join(', ')}), and a number comes from a dataset with <Fact id="…" />`,
          );
          break;
        }
        case 'mdxFlowExpression':
        case 'mdxTextExpression': {
          // A comment, {/* … */}, compiles to nothing (the parser found no statement in it): `npm run new` writes them.
          if (node.data?.estree?.body.length === 0) break;
          const token = /^\{\s*([^{}]*?)\s*\}$/.exec(node.value.trim());
          if (token) refuse('fact', factTokenHint(token[1]));
          else
            refuse(
              'expression',
              '{…} is code, and a story is data: write the words themselves, a number as <Fact id="…" />, and a literal brace as \\{ (only a comment, {/* … */}, is allowed)',
            );
          break;
        }
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkElement(node.name, node.attributes, refuse);
          break;
        case 'link':
        case 'image':
        case 'definition': {
          const scheme = unsafeUrl(node.url);
          if (scheme) refuse(node.type === 'image' ? 'image' : 'link', urlHint(scheme));
          break;
        }
        case 'html':
          // Markdown's raw HTML (MDX reads HTML as JSX, so this comes only from other parsers).
          refuse('html', `raw HTML is not allowed: use ${allowedList()}`);
          break;
      }
      if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk(tree.children);
  return problems;
}

function checkElement(
  name: string | null,
  attributes: readonly (MdxJsxAttribute | MdxJsxExpressionAttribute)[],
  refuse: (field: string, message: string) => void,
) {
  if (!name) {
    refuse('component', `<>…</> is not allowed: use ${allowedList()}`);
    return;
  }
  const tag = /^[a-z]/.test(name);
  const allowedAttributes = tag ? allowedHtml[name] : undefined;
  if (tag && !allowedAttributes) {
    const instead = insteadOf[name.toLowerCase()];
    refuse('html', `<${name}> is not allowed in a story: ${instead ?? `use ${allowedList()}`}`);
  }
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      refuse('expression', `<${name} {…}> is code, and a story is data: write each prop as name="text"`);
      continue;
    }
    const prop = attribute.name;
    const value = attribute.value;
    if (/^on/i.test(prop)) {
      refuse(prop, `${prop}="…" would run code on a reader’s page, and an explainer page runs none: remove it`);
      continue;
    }
    if (prop.toLowerCase() === 'style') {
      refuse(prop, 'style="…" is not allowed: the site’s stylesheet styles every story, in dark mode and print too');
      continue;
    }
    if (value !== null && value !== undefined && typeof value !== 'string') {
      refuse(prop, `${prop}={…} is code, and a story is data: write ${prop}="…" as plain text in quotes`);
      continue;
    }
    const scheme = typeof value === 'string' && urlAttributes.has(prop.toLowerCase()) ? unsafeUrl(value) : undefined;
    if (scheme) {
      refuse(prop, urlHint(scheme));
      continue;
    }
    // Tags (<Chart>…) have their props checked by remark-known-components; plain HTML has few.
    if (allowedAttributes && !allowedAttributes.includes(prop) && !everyElement.includes(prop))
      refuse(
        prop,
        `<${name}> may carry only ${[...allowedAttributes, ...everyElement].map((a) => `${a}="…"`).join(', ')} in a story`,
      );
  }
}

/**
 * The rules over a whole MDX file as written, front matter included (its lines are kept blank, so
 * lines count from the top of the file). A file MDX cannot parse has no tree: the compiler reports it.
 */
export function contentRuleProblemsInFile(text: string, file: string): ContentError[] {
  const lines = text.split(/\r?\n/);
  const end =
    lines[0]?.replace(/^\uFEFF/, '').trim() === '---' ? lines.findIndex((l, i) => i > 0 && l.trim() === '---') : -1;
  let tree: Root;
  try {
    tree = parseStory(lines.map((line, i) => (i <= end ? '' : line)).join('\n'));
  } catch {
    return [];
  }
  return contentRuleProblems(tree, file);
}
