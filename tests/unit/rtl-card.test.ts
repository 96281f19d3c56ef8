import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from '../../src/render/woff.ts';
import { socialCardPng } from '../../src/render/social-card.ts';

const require = createRequire(import.meta.url);
const naskh = readFileSync(
  require.resolve('@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff'),
);
const tags = (sfnt: Buffer) =>
  Array.from({ length: sfnt.readUInt16BE(4) }, (_, i) => sfnt.toString('latin1', 12 + i * 16, 16 + i * 16));

describe('social cards of right-to-left editions', () => {
  it('unpacks the WOFF font with its shaping tables, as resvg reads it', () => {
    const sfnt = woffToSfnt(naskh);
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    expect(tags(sfnt)).toEqual(expect.arrayContaining(['cmap', 'glyf', 'GSUB', 'GPOS']));
    expect(() => woffToSfnt(sfnt)).toThrow('not a WOFF 1.0 font');
  });

  it('draws an Arabic card, 1200×630, different from one with another headline', async () => {
    const card = (title: string) =>
      socialCardPng({
        title,
        dek: 'أمر الرئيس الروسي بسحب معظم قواته',
        site: 'Desk',
        date: '14 مارس 2016',
        dir: 'rtl',
      });
    const png = await card('بوتين يعلن بدء سحب قواته من سوريا');
    expect(png.toString('latin1', 1, 4)).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.equals(await card('بوتين يعلن'))).toBe(false);
  });
});
