import { IntlMessageFormat } from 'intl-messageformat';
import en from './en.json' with { type: 'json' };
import ar from './ar.json' with { type: 'json' };
import { defaultEdition, intlLocale, type Edition, type EditionLang } from './editions.ts';

/**
 * The tool's own words, one catalog per language (src/words/<lang>.json), in ICU MessageFormat:
 * `{name}` for a value, `{count, plural, one {…} other {…}}` for plurals (Arabic has six forms),
 * `<tag>…</tag>` around the words a page turns into a link. English is the reference: every
 * other catalog has each of its messages (tests/unit/words.test.ts).
 */
export const catalogs: Record<EditionLang, Record<string, string>> = { en, ar };

export type MessageId = keyof typeof en;
export type MessageValues = Record<string, string | number>;
/** A message cut at its tags: plain text, or the words inside `<tag>…</tag>`. */
export type MessagePart = string | { tag: string; text: string };

export interface Words {
  edition: Edition;
  /** The message as plain text. */
  t(id: MessageId, values?: MessageValues): string;
  /** The message in parts, for a component to wrap each tagged part (a link, a time). */
  parts(id: MessageId, values?: MessageValues): MessagePart[];
}

const compiled = new Map<string, IntlMessageFormat>();

function format(edition: Edition, id: MessageId): IntlMessageFormat {
  const locale = intlLocale(edition);
  const key = `${locale}\u0000${id}`;
  let message = compiled.get(key);
  if (!message) {
    const text = catalogs[edition.lang as EditionLang]?.[id];
    if (text === undefined) throw new Error(`src/words/${edition.lang}.json has no message "${id}"`);
    message = new IntlMessageFormat(text, locale);
    compiled.set(key, message);
  }
  return message;
}

function partsOf(edition: Edition, id: MessageId, values: MessageValues = {}): MessagePart[] {
  const message = format(edition, id);
  const tags = Object.fromEntries(
    tagNames(message).map((tag) => [tag, (chunks: unknown[]) => ({ tag, text: chunks.join('') })]),
  );
  const out = message.format<MessagePart>({ ...values, ...tags });
  const list = Array.isArray(out) ? out : [out];
  // Adjacent text comes out in pieces; joined, a part is what a reader sees between two tags.
  return list.reduce<MessagePart[]>((joined, part) => {
    const last = joined.at(-1);
    if (typeof part === 'string' && typeof last === 'string') joined[joined.length - 1] = last + part;
    else joined.push(typeof part === 'string' || typeof part === 'object' ? part : String(part));
    return joined;
  }, []);
}

/** The tag names a message uses, from its parsed form. */
function tagNames(message: IntlMessageFormat): string[] {
  const names = new Set<string>();
  const walk = (elements: ReturnType<IntlMessageFormat['getAst']>) => {
    for (const element of elements) {
      if ('children' in element && Array.isArray(element.children)) {
        names.add(element.value);
        walk(element.children);
      }
      if ('options' in element)
        for (const option of Object.values(element.options)) walk((option as { value: typeof elements }).value);
    }
  };
  walk(message.getAst());
  return [...names];
}

/** The words of one edition. */
export function wordsFor(edition: Edition): Words {
  return {
    edition,
    t: (id, values) =>
      partsOf(edition, id, values)
        .map((part) => (typeof part === 'string' ? part : part.text))
        .join(''),
    parts: (id, values) => partsOf(edition, id, values),
  };
}

/** The words of the page being rendered: its route puts the edition in Astro.locals; otherwise the site's own. */
export function pageWords(locals: { edition?: Edition }): Words {
  return wordsFor(locals.edition ?? defaultEdition);
}
