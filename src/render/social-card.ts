import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import type { WorkerTask } from './worker-pool.ts';

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
}

/** The link-preview image for an explainer: 1200×630 PNG, text set in Inter, deterministic. */
export async function socialCardPng({ title, dek, site, date }: CardText): Promise<Buffer> {
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

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max))}…`;
}

/** socialCardPng as a build task: run on a worker thread in production builds. */
export const socialCardTask: WorkerTask<CardText, Buffer> = {
  module: 'render/social-card.ts',
  name: 'socialCardPng',
  run: socialCardPng,
};
