import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * A timeline's category is printed as written ("Court ruling", "talks"), as the guide says: no
 * stylesheet rule that styles it changes its letters (small capitals, upper or lower case).
 */
describe('timeline categories', () => {
  it('keep the letters the journalist wrote', () => {
    const css = ['global.css', 'timeline.css', 'charts.css']
      .map((file) => readFileSync(new URL(`../../src/styles/${file}`, import.meta.url), 'utf8'))
      .join('\n');
    const rules = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].filter(([, selector]) =>
      /timeline-category|timeline-meta/.test(selector!),
    );
    expect(rules.length).toBeGreaterThan(0);
    for (const [, selector, body] of rules) {
      expect(body, selector).not.toMatch(/font-variant|text-transform|font-feature-settings/);
    }
  });
});
