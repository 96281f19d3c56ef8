import { describe, expect, it } from 'vitest';
import { slugFrom, slugProblem } from '../../src/importer/drafts/slug.ts';

describe('slugFrom', () => {
  it.each([
    ["Putin says he'll begin removing troops from Syria", 'putin-says-hell-begin-removing-troops-from-syria'],
    ['U.S. cautiously welcomes Russian move, says it is watching closely', 'us-cautiously-welcomes-russian-move'],
    [
      'Syria’s government welcomes Russian drawdown, says coordination continues',
      'syrias-government-welcomes-russian-drawdown',
    ],
    ['Café São Paulo: ¿qué pasa?', 'cafe-sao-paulo-que-pasa'],
    ['Путин', ''],
  ])('%j -> %j', (text, slug) => expect(slugFrom(text)).toBe(slug));

  it('stops at eight words and sixty characters, and not on a small word', () => {
    expect(slugFrom('Russia will begin withdrawing troops from Syria beginning Tuesday', 6)).toBe(
      'russia-will-begin-withdrawing-troops',
    );
    expect(slugFrom('a'.repeat(80))).toHaveLength(60);
  });
});

describe('slugProblem', () => {
  it('accepts lowercase-kebab and explains anything else with a suggestion', () => {
    expect(slugProblem('russia-syria-2016')).toBeNull();
    expect(slugProblem('Russia_Syria')).toBe(
      '"Russia_Syria" is not a lowercase-kebab slug: use lowercase letters, digits and single hyphens, e.g. russia-syria',
    );
    expect(slugProblem('a--b')).toMatch(/not a lowercase-kebab slug/);
    expect(slugProblem('-a')).toMatch(/not a lowercase-kebab slug/);
  });
});
