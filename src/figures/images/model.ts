import { IMAGE_FOLDER, imageExtensions } from '../../loaders/image-loader.ts';

/**
 * An <Image> tag checked against the pictures in src/content/images/ (DESIGN §4b): the file is
 * there, the alt text says what it shows (empty only for a decorative picture), the credit names
 * who made it. Pure: the story model passes the folder's file names.
 */

export interface ImageFigure {
  /** The anchor, when the tag gives one. */
  id?: string;
  /** The file's name in src/content/images/. */
  file: string;
  /** "" for a decorative picture, which screen readers skip. */
  alt: string;
  credit: string;
  caption: string;
}

export type TagProblem = (field: string, message: string) => Error;

export function resolveImage(
  props: Record<string, string | undefined>,
  files: readonly string[],
  fail: TagProblem,
): ImageFigure {
  const src = props.src ?? '';
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|[/\\]/i.test(src))
    throw fail(
      'src',
      `"${src}" is not a file name: put the picture in ${IMAGE_FOLDER}/ and write its name, e.g. src="harbour.jpg"`,
    );
  const extension = src.split('.').pop()?.toLowerCase() ?? '';
  if (!(imageExtensions as readonly string[]).includes(extension))
    throw fail(
      'src',
      `"${src}" is not a picture the site can use: save it as ${imageExtensions.map((e) => `.${e}`).join(', ')}`,
    );
  if (!files.includes(src)) {
    const known = files.map((f) => `"${f}"`).join(', ');
    throw fail(
      'src',
      `"${src}" is not in ${IMAGE_FOLDER}/: ${known ? `use one of ${known}, or add it there` : 'add it there'}`,
    );
  }
  const decorative = 'decorative' in props;
  const alt = (props.alt ?? '').trim();
  if (alt === '' && !decorative)
    throw fail(
      'alt',
      'is empty: describe what the picture shows for readers who cannot see it (alt="" only with decorative, for a picture that adds nothing a reader needs)',
    );
  if (alt !== '' && decorative)
    throw fail('decorative', 'a decorative picture is skipped by screen readers: write alt="" or remove decorative');
  const credit = (props.credit ?? '').trim();
  if (credit === '')
    throw fail('credit', 'is empty: name who made the picture and for whom, e.g. credit="A. Photographer / Agency"');
  return {
    ...(props.id !== undefined ? { id: props.id } : {}),
    file: src,
    alt,
    credit,
    caption: (props.caption ?? '').trim(),
  };
}

/** How the story model and the component find one tag's picture: its id, else its file. */
export function imageKey(props: { id?: string | undefined; src?: string | undefined }): string {
  return props.id ?? props.src ?? '';
}
