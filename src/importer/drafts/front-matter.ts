/**
 * Front matter for a new draft explainer, in the order of the explainer schema
 * (src/schemas/explainer.ts). Every string is double-quoted by the YAML library, so a headline
 * with a colon, a "#" or a leading quote, or a date, stays a string.
 */
import { stringify } from 'yaml';

export interface DraftFrontMatter {
  title: string;
  dek: string;
  dateline: string;
  publishedAt: string;
  updatedAt: string;
  credit: string;
  keyPoints: string[];
  corrections: { date: string; text: string }[];
  draft: boolean;
}

export const TITLE_PLACEHOLDER = 'TODO: headline';

export function draftFrontMatter(fields: Partial<DraftFrontMatter>): DraftFrontMatter {
  return {
    title: TITLE_PLACEHOLDER,
    dek: '',
    dateline: '',
    publishedAt: '',
    updatedAt: '',
    credit: '',
    keyPoints: [],
    corrections: [],
    draft: true,
    ...fields,
  };
}

export function frontMatterBlock(fields: DraftFrontMatter | Record<string, unknown>): string {
  const yaml = stringify(fields, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return `---\n${yaml}---\n`;
}
