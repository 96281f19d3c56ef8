import { z } from 'astro/zod';
import { slug, text } from './fields.ts';

/** The answer every question allows, written by the build for every cell left out. */
export const noStatedPosition = 'No stated position';

/** A word or two for the compact table on a phone, where columns are narrow; the label stays for screen readers. */
const short = text.optional();

/**
 * What a stance means, whatever its words: its symbol follows this, never the stance's place in
 * the list, so "Backed it" cannot get the arrow of opposition. `other`: neither for nor against
 * ("Mediating", "Bombing IS").
 */
export const stanceMeanings = ['support', 'oppose', 'conditional', 'no-position', 'other'] as const;
export type StanceMeaning = (typeof stanceMeanings)[number];

const meaningList = stanceMeanings.map((m) => `"${m}"`).join(', ');

/** Custom issues keep their words even when the key is missing (see src/loaders/validate.ts). */
const meaning = z.unknown().transform((input, ctx): StanceMeaning => {
  if ((stanceMeanings as readonly unknown[]).includes(input)) return input as StanceMeaning;
  ctx.addIssue({
    code: 'custom',
    message:
      input === undefined
        ? `is missing: say what the stance means with meaning: one of ${meaningList} (its symbol shows it)`
        : `${JSON.stringify(input)} is not a meaning: use one of ${meaningList}`,
  });
  return z.NEVER;
});

const stanceSchema = z.strictObject({
  /** Used by cells. */
  id: slug,
  /** Shown to readers. */
  label: text,
  /** What it means: for, against, with conditions, no position, or other. */
  meaning,
  short,
});

const questionSchema = z.strictObject({
  id: slug,
  /** The column heading. */
  label: text,
  short,
  /** The closed vocabulary of answers to this question. */
  stances: z.array(stanceSchema).min(1, { error: 'needs at least one stance' }),
});

const partySchema = z.strictObject({
  id: slug,
  /** The party named in full: "United States", not "US". */
  name: text,
  short,
});

const cellSchema = z.strictObject({
  party: slug,
  question: slug,
  /** A stance id from the question's vocabulary. */
  stance: slug,
  /** One line in plain words. */
  summary: text,
  /** Exact words from the story; the build links the paragraph. */
  quote: text.optional(),
  /** A source id from src/content/sources.yaml. */
  source: slug.optional(),
  /** The words in that source the stance rests on. */
  sourceQuote: text.optional(),
});

/** A positions file: who (parties) thinks what (stances) about which questions. */
export const positionsFileSchema = z
  .strictObject({
    questions: z.array(questionSchema).min(1),
    parties: z.array(partySchema).min(1),
    cells: z.array(cellSchema),
  })
  .superRefine((file, ctx) => {
    const questions = new Map(file.questions.map((q) => [q.id, q]));
    const parties = new Set(file.parties.map((p) => p.id));
    const filled = new Set<string>();
    file.cells.forEach((cell, i) => {
      const issue = (field: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: ['cells', i, field], message });
      const question = questions.get(cell.question);
      if (!parties.has(cell.party))
        issue('party', `"${cell.party}" is not a party in this file: use one of ${[...parties].join(', ')}`);
      if (!question)
        return issue(
          'question',
          `"${cell.question}" is not a question in this file: use one of ${[...questions.keys()].join(', ')}`,
        );
      const allowed = question.stances.map((s) => s.id);
      if (!allowed.includes(cell.stance))
        issue(
          'stance',
          `"${cell.stance}" is not a stance for ${question.id}: use one of ${allowed.join(', ')}, or leave the cell out for "${noStatedPosition}"`,
        );
      if (!cell.quote && !cell.source)
        issue('stance', 'claims a stance without evidence: add a quote from the story or a source id');
      const key = `${cell.party}/${cell.question}`;
      if (filled.has(key)) issue('question', `${key} is filled twice`);
      filled.add(key);
    });
  });

export type PositionsFile = z.output<typeof positionsFileSchema>;
