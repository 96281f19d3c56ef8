import { parseHTML } from 'linkedom';
import type { Box } from '../../src/figures/charts/label-layout.ts';
import { textWidth } from '../../src/figures/charts/theme.ts';

/**
 * Where each piece of text in a chart's SVG lands, worked out from the markup as a browser would
 * lay it out: the translations of its groups, its anchor, its font size, its lines (tspans) and a
 * quarter turn for upright names. Widths are measured as the forms measure them (theme.ts: the
 * widest likely font), so a label that fits here fits on a reader's screen.
 */

export interface PlacedText {
  text: string;
  fontSize: number;
  box: Box;
}

const em = (value: string | null, fontSize: number) =>
  value === null ? 0 : value.endsWith('em') ? parseFloat(value) * fontSize : parseFloat(value);

function translate(transform: string | null): [number, number] {
  const match = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)/.exec(transform ?? '');
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
}

function inherited(element: Element, name: string): string | null {
  for (let e: Element | null = element; e; e = e.parentElement) if (e.hasAttribute(name)) return e.getAttribute(name);
  return null;
}

export function svgSize(svg: string): { width: number; height: number } {
  const [, , width, height] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 0 0').split(' ').map(Number);
  return { width, height };
}

export function placedTexts(svg: string): PlacedText[] {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const out: PlacedText[] = [];
  for (const text of document.querySelectorAll('text')) {
    const fontSize = Number(inherited(text, 'font-size') ?? 10);
    const anchor = inherited(text, 'text-anchor') ?? 'start';
    let [x, y] = translate(text.getAttribute('transform'));
    for (let g = text.parentElement; g && g.localName !== 'svg'; g = g.parentElement) {
      const [gx, gy] = translate(g.getAttribute('transform'));
      x += gx;
      y += gy;
    }
    x += em(text.getAttribute('x'), fontSize) + em(text.getAttribute('dx'), fontSize);
    const rotated = /rotate\(-90\)/.test(text.getAttribute('transform') ?? '');
    const spans = [...text.querySelectorAll('tspan')];
    const lines: { text: string; baseline: number }[] = [];
    if (spans.length === 0) {
      lines.push({
        text: text.textContent ?? '',
        baseline: em(text.getAttribute('y'), fontSize) + em(text.getAttribute('dy'), fontSize),
      });
    } else {
      let baseline = 0;
      for (const span of spans) {
        baseline = span.hasAttribute('y')
          ? em(span.getAttribute('y'), fontSize)
          : baseline + em(span.getAttribute('dy'), fontSize);
        lines.push({ text: span.textContent ?? '', baseline });
      }
    }
    for (const line of lines) {
      if (line.text.trim() === '') continue;
      const w = textWidth(line.text, fontSize);
      const u0 = anchor === 'start' ? 0 : anchor === 'end' ? -w : -w / 2;
      // Cap height above the baseline, descenders below.
      const [v0, v1] = [line.baseline - 0.73 * fontSize, line.baseline + 0.22 * fontSize];
      const box = rotated
        ? { left: x + v0, right: x + v1, top: y - (u0 + w), bottom: y - u0 }
        : { left: x + u0, right: x + u0 + w, top: y + v0, bottom: y + v1 };
      out.push({ text: line.text, fontSize, box });
    }
  }
  return out;
}

/** Pairs of texts whose boxes overlap by more than `slack` pixels both ways. */
export function overlaps(texts: PlacedText[], slack = 1): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const [a, b] = [texts[i].box, texts[j].box];
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > slack && h > slack) out.push([texts[i].text, texts[j].text]);
    }
  }
  return out;
}

/** Texts that reach past the SVG's edges by more than `slack` pixels. */
export function outside(texts: PlacedText[], { width, height }: { width: number; height: number }, slack = 1) {
  return texts
    .filter(
      (t) => t.box.left < -slack || t.box.top < -slack || t.box.right > width + slack || t.box.bottom > height + slack,
    )
    .map((t) => t.text);
}
