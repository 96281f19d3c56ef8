import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { ContentError } from '../../src/problems/content-error.ts';
import { resolveImage } from '../../src/figures/images/model.ts';
import { remarkKnownComponents } from '../../src/remark/remark-known-components.ts';

/** <Image>: a file of src/content/images/, described and credited; each mistake stops at the tag's line. */
const files = ['harbour.jpg', 'shore.png'];
const fail = (field: string, message: string) => new ContentError('src/content/explainers/x.mdx', 7, field, message);
const image = (props: Record<string, string>) =>
  resolveImage(
    { src: 'harbour.jpg', alt: 'Boats in a harbour', credit: 'A. Photographer / Agency', ...props },
    files,
    fail,
  );

/** The tag check that runs where MDX is compiled, on one line of MDX: its message, or '' when it passes. */
function tagCheck(mdx: string): string {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkKnownComponents);
  const file = new VFile({ value: mdx, path: `${process.cwd()}/src/content/explainers/x.mdx` });
  try {
    processor.runSync(processor.parse(file), file);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('an <Image>', () => {
  it('is its file, alt text, credit and caption, as written', () => {
    expect(image({ id: 'boats', caption: ' The harbour at dawn. ' })).toEqual({
      id: 'boats',
      file: 'harbour.jpg',
      alt: 'Boats in a harbour',
      credit: 'A. Photographer / Agency',
      caption: 'The harbour at dawn.',
    });
    expect(image({ alt: '', decorative: '' }).alt).toBe('');
  });

  it.each([
    [
      'a missing file, listing the pictures there',
      { src: 'shores.jpg' },
      'src: "shores.jpg" is not in src/content/images/: use one of "harbour.jpg", "shore.png", or add it there',
    ],
    [
      'an address instead of a file',
      { src: 'https://example.org/a.jpg' },
      'src: "https://example.org/a.jpg" is not a file name',
    ],
    ['a path instead of a file name', { src: '../data/a.jpg' }, 'src: "../data/a.jpg" is not a file name'],
    ['a file that is not a picture', { src: 'notes.pdf' }, 'src: "notes.pdf" is not a picture the site can use'],
    ['an empty alt without decorative', { alt: ' ' }, 'alt: is empty: describe what the picture shows'],
    ['decorative with alt text', { decorative: '' }, 'decorative: a decorative picture is skipped by screen readers'],
    ['an empty credit', { credit: '' }, 'credit: is empty: name who made the picture'],
  ])('stops on %s', (_case, props, expected) => {
    expect(() => image(props)).toThrow(`src/content/explainers/x.mdx:7: ${expected}`);
  });

  it('needs alt and credit on the tag, and takes decorative bare', () => {
    expect(tagCheck('<Image src="harbour.jpg" credit="A. Photographer" />')).toBe(
      'src/content/explainers/x.mdx:1: alt: <Image> needs alt="…"',
    );
    expect(tagCheck('<Image src="harbour.jpg" alt="Boats" />')).toBe(
      'src/content/explainers/x.mdx:1: credit: <Image> needs credit="…"',
    );
    expect(tagCheck('<Image src="harbour.jpg" alt="" credit="A. Photographer" decorative />')).toBe('');
    expect(
      tagCheck(
        '<Image id="a" src="harbour.jpg" alt="x" credit="c" />\n\n<Image id="a" src="shore.png" alt="y" credit="c" />',
      ),
    ).toContain(':3: id: "a" is already the id of the figure on line 1');
  });
});
