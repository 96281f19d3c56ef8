import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { componentProps, figureNames, type ComponentName } from '../vocabulary.ts';
import { ContentError } from '../problems/content-error.ts';
import { didYouMean, nearest } from '../problems/nearest.ts';
import { jsxElements, jsxProps } from '../loaders/story-tree.ts';
import { misplacedFactToken, slugPattern } from '../schemas/fields.ts';
import { mdxFilePath } from './remark-content-is-data.ts';

/**
 * Rejects what MDX would otherwise turn into a confusing runtime error: an unknown
 * tag, a missing or computed prop, a figure tag with children, a figure id used twice.
 */
export function remarkKnownComponents() {
  return (tree: Root, file: VFile) => {
    const path = mdxFilePath(file);
    const figureIds = new Map<string, number>();
    for (const element of jsxElements(tree)) {
      const line = element.position?.start.line ?? 1;
      const fail = (field: string, message: string) => {
        throw new ContentError(path, line, field, message);
      };
      const name = element.name ?? '';
      if (!name || /^[a-z]/.test(name)) continue; // plain HTML elements are allowed
      if (!(name in componentProps)) {
        fail(
          'component',
          `<${name}> is not a known component${meant(name)}: use one of ${Object.keys(componentProps)
            .map((n) => `<${n}>`)
            .join(', ')}`,
        );
      }
      const spec = componentProps[name as ComponentName];
      const props = jsxProps(element);
      for (const prop of spec.required) {
        if (!(prop in props)) fail(prop, `<${name}> needs ${prop}="…"`);
      }
      for (const [prop, value] of Object.entries(props)) {
        if (![...spec.required, ...spec.optional].includes(prop as never)) {
          fail(
            prop,
            `<${name}> has no prop "${prop}"${didYouMean(prop, [...spec.required, ...spec.optional])}: it takes ${[...spec.required, ...spec.optional].join(', ')}`,
          );
        }
        // A bare attribute (`decorative`) is a yes; any other value must be text in quotes.
        const bare = element.attributes.some(
          (a) => a.type === 'mdxJsxAttribute' && a.name === prop && a.value === null,
        );
        if (value === undefined && !(bare && prop === 'decorative'))
          fail(prop, `write ${prop}="…" as plain text in quotes, not {…}`);
        // A figure's title or takeaway prints as typed.
        const token = misplacedFactToken(value ?? '');
        if (token) fail(prop, token);
      }
      if (element.children.length > 0) fail('component', `<${name}> must be self-closing: write <${name} … />`);
      // A picture's id, when it has one, is an anchor on the page like a figure's.
      if ((figureNames as readonly string[]).includes(name) || (name === 'Image' && props.id !== undefined)) {
        const id = props.id!;
        if (!slugPattern.test(id))
          fail('id', `"${id}" is not a valid figure id: use lowercase letters, digits and hyphens`);
        if (figureIds.has(id))
          fail(
            'id',
            `"${id}" is already the id of the figure on line ${figureIds.get(id)}: figure ids must be unique on a page`,
          );
        figureIds.set(id, line);
      }
      // Components report their own errors (an unknown dataset, a missing fact) at this line.
      element.attributes.push({ type: 'mdxJsxAttribute', name: 'sourceLine', value: String(line) });
    }
  };
}

/** " (did you mean <Chart>?)" for a misspelt tag. */
function meant(name: string): string {
  const guess = nearest(name, Object.keys(componentProps));
  return guess ? ` (did you mean <${guess}>?)` : '';
}
