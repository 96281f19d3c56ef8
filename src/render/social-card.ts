import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import type { WorkerTask } from './worker-pool.ts';
import { woffToSfnt } from './woff.ts';

const require = createRequire(import.meta.url);
/** Fonts ship from npm (@fontsource), never a CDN; read once per build. */
const fonts = [
  { name: 'Inter', weight: 700 as const, file: '@fontsource/inter/files/inter-latin-700-normal.woff' },
  { name: 'Inter', weight: 400 as const, file: '@fontsource/inter/files/inter-latin-400-normal.woff' },
].map((font) => ({
  name: font.name,
  weight: font.weight,
  style: 'normal' as const,
  data: readFileSync(require.resolve(font.file)),
}));

export const cardSize = { width: 1200, height: 630 } as const;

export interface CardText {
  title: string;
  dek: string;
  site: string;
  date: string;
  /** An edition written right to left (Arabic) is set by resvg itself: Satori cannot shape it. */
  dir?: 'ltr' | 'rtl';
}

/** The link-preview image for an explainer: 1200×630 PNG, text set in Inter, deterministic. */
export async function socialCardPng(text: CardText): Promise<Buffer> {
  if (text.dir === 'rtl') return rightToLeftCardPng(text);
  const { title, dek, site, date } = text;
  const element = {
    type: 'div',
    props: {
      style: {
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px',
        background: '#13233f',
        color: '#ffffff',
        fontFamily: 'Inter',
      },
      children: [
        { type: 'div', props: { style: { fontSize: 30, fontWeight: 700, color: '#9cc3ff' }, children: site } },
        {
          type: 'div',
          props: {
            style: { display: 'flex', flexDirection: 'column', width: 1072 },
            children: [
              {
                type: 'div',
                props: {
                  style: {
                    display: 'flex',
                    width: 1072,
                    fontSize: title.length > 60 ? 60 : 72,
                    fontWeight: 700,
                    lineHeight: 1.1,
                  },
                  children: title,
                },
              },
              {
                type: 'div',
                props: {
                  style: {
                    display: 'flex',
                    width: 1072,
                    fontSize: 30,
                    marginTop: 28,
                    lineHeight: 1.35,
                    color: '#dce6f5',
                  },
                  children: clip(dek, 170),
                },
              },
            ],
          },
        },
        { type: 'div', props: { style: { fontSize: 26, color: '#9cc3ff' }, children: date } },
      ],
    },
  };
  const svg = await satori(element as never, { ...cardSize, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: cardSize.width } }).render().asPng();
}

/**
 * Arabic fonts for resvg, which shapes text with rustybuzz and orders it with the Unicode bidi
 * algorithm: Noto Naskh Arabic (the edition's typeface) and Inter for Latin words and digits.
 * Only these: no system font can change the picture from one machine to the next.
 */
let rtlFonts: string[] | undefined;
const rtlFontFiles = [
  '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff',
  '@fontsource/inter/files/inter-latin-400-normal.woff',
  '@fontsource/inter/files/inter-latin-700-normal.woff',
];
/** Arabic letters and marks, set in Naskh; the rest (digits, Latin, full stops) in Inter. */
const arabicRun =
  /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+(?:\s+[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+)*/g;

/**
 * A line as tspans, each in the font that has its letters: resvg does not fall back from one font
 * to another inside a run, so the split is made here.
 */
function fontRuns(text: string): string {
  const spans: string[] = [];
  let at = 0;
  const span = (part: string, family: string) =>
    part && spans.push(`<tspan font-family="${family}">${escapeXml(part)}</tspan>`);
  for (const match of text.matchAll(arabicRun)) {
    span(text.slice(at, match.index), 'Inter');
    span(match[0], 'Noto Naskh Arabic');
    at = match.index + match[0].length;
  }
  span(text.slice(at), 'Inter');
  return spans.join('');
}

function resvgOptions() {
  // resvg reads fonts from files only, and not WOFF: each is unpacked once into the system's temp folder.
  rtlFonts ??= rtlFontFiles.map((file) => {
    const sfnt = woffToSfnt(readFileSync(require.resolve(file)));
    const path = join(tmpdir(), `explainers-${createHash('sha256').update(sfnt).digest('hex').slice(0, 16)}.ttf`);
    if (!existsSync(path)) {
      const partial = `${path}.${process.pid}.${threadId}`;
      writeFileSync(partial, sfnt);
      renameSync(partial, path);
    }
    return path;
  });
  return { font: { fontFiles: rtlFonts, loadSystemFonts: false, defaultFontFamily: 'Noto Naskh Arabic' } };
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/**
 * One line of text, set from the right edge of the card's text box. resvg takes a line's direction
 * from its first strong letter, not from `direction`: a right-to-left mark first keeps "14 مارس 2016"
 * in Arabic order.
 */
function rtlLine(text: string, y: number, size: number, fill: string, weight = 400): string {
  return `<text x="${cardSize.width - 64}" y="${y}" direction="rtl" text-anchor="end" font-size="${size}" font-weight="${weight}" fill="${fill}">\u200F${fontRuns(text)}</text>`;
}

/**
 * Width of a line as resvg sets it, for breaking lines between words: word by word (resvg measures
 * no text that mixes two fonts), each in its own font, plus the spaces.
 */
const wordWidths = new Map<string, number>();
function lineWidth(text: string, size: number): number {
  const words = text.split(' ');
  return words.reduce(
    (sum, word) => {
      const key = `${size}|${word}`;
      let width = wordWidths.get(key);
      if (width === undefined) {
        const family = arabicRun.test(word) ? 'Noto Naskh Arabic' : 'Inter';
        arabicRun.lastIndex = 0;
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="200"><text x="10" y="100" font-family="${family}" font-size="${size}">${escapeXml(word)}</text></svg>`;
        width = new Resvg(svg, resvgOptions()).getBBox()?.width ?? word.length * size;
        wordWidths.set(key, width);
      }
      return sum + width;
    },
    (words.length - 1) * size * 0.25,
  );
}

/** Words into lines no wider than the box, at most `max` lines, the last one ending in "…" if cut. */
function wrap(text: string, size: number, max: number, width = cardSize.width - 128): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && lineWidth(`${last} ${word}`, size) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max - 1), `${lines[max - 1]}…`];
}

async function rightToLeftCardPng({ title, dek, site, date }: CardText): Promise<Buffer> {
  const titleSize = title.length > 60 ? 60 : 72;
  const titleLines = wrap(title, titleSize, 3);
  // The dek's first sentence, without its full stop: Naskh's Arabic subset has no Latin full stop,
  // and resvg cannot set one from another font between Arabic words.
  const dekLines = wrap(dek.split(/\.(\s|$)/)[0], 30, 3);
  let y = 250 - (titleLines.length - 1) * titleSize * 0.6;
  const parts = titleLines.map((line) => rtlLine(line, (y += titleSize * 1.2), titleSize, '#ffffff', 700));
  y += 24;
  parts.push(...dekLines.map((line) => rtlLine(line, (y += 30 * 1.6), 30, '#dce6f5')));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${cardSize.width}" height="${cardSize.height}">
<rect width="100%" height="100%" fill="#13233f"/>
${rtlLine(site, 100, 30, '#9cc3ff', 700)}
${parts.join('\n')}
${rtlLine(date, cardSize.height - 64, 26, '#9cc3ff')}
</svg>`;
  return new Resvg(svg, { ...resvgOptions(), fitTo: { mode: 'width', value: cardSize.width } }).render().asPng();
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max))}…`;
}

/** socialCardPng as a build task: run on a worker thread in production builds. */
export const socialCardTask: WorkerTask<CardText, Buffer> = {
  module: 'render/social-card.ts',
  name: 'socialCardPng',
  run: socialCardPng,
};
