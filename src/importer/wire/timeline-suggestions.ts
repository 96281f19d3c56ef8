/**
 * Suggested timeline events, one per resolved date mention, as YAML ready to paste into a
 * timeline file (src/content/data/*-timeline.yaml). Title and category are left as "TODO" for
 * the journalist; the id names the story paragraph (p1 = the lede) so the event can be traced.
 */
import { stringify } from 'yaml';
import { slugFrom } from '../drafts/slug.ts';
import type { DateFinding } from './date-report.ts';
import { findDateline } from './dateline.ts';
import { quoteAround, sentenceAt } from './sentences.ts';

export interface TimelineSuggestion {
  id: string;
  date: string;
  title: string;
  text: string;
  category: string;
  quote: string;
}

export function suggestEvents(paragraphs: string[], findings: DateFinding[]): TimelineSuggestion[] {
  const seen = new Set<string>();
  const events: TimelineSuggestion[] = [];
  for (const { mention, paragraph } of findings) {
    if (!mention.resolved) continue;
    const text = paragraphs[paragraph]!;
    const [start, end] = sentenceAt(text, mention.index);
    // The lede's dateline is where the story was filed, not part of the event.
    const skip = paragraph === 0 && start === 0 ? (findDateline(text)?.length ?? 0) : 0;
    const sentence = text.slice(start + skip, end).trim();
    const key = `${mention.resolved.text}|${sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let id = `p${paragraph + 1}-${slugFrom(mention.text) || 'date'}`;
    for (let n = 2; events.some((e) => e.id === id); n++)
      id = `p${paragraph + 1}-${slugFrom(mention.text) || 'date'}-${n}`;
    const quote = quoteAround(paragraphs, paragraph, mention.index, mention.index + mention.text.length);
    events.push({ id, date: mention.resolved.text, title: 'TODO', text: sentence, category: 'TODO', quote });
  }
  return events;
}

export function formatSuggestions(events: TimelineSuggestion[]): string {
  if (events.length === 0) return '';
  const yaml = stringify(events, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return `Suggested timeline events (paste into src/content/data/<name>-timeline.yaml, then write each title and choose each category):\n${yaml}`;
}
