import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { addDays, dayNumber, splitIso } from '../../dates/calendar.ts';
import { firstDay } from '../../dates/index.ts';
import { renderSvg } from '../../render/plot-render.ts';
import type { EventStatus, TimelineModel } from './model.ts';

/**
 * The timeline's overview: every dated event of the main list as a dot on a time-scaled strip,
 * so gaps and clusters show before a reader meets the list. Dots that would overlap stack
 * upwards (a beeswarm on one side of the axis); scheduled events are hollow, and a dashed rule
 * marks the story's date, so "scheduled" is never carried by colour alone. Events with no date
 * cannot be placed; the component says how many. Later reports are never drawn (the as-of rule).
 */

/** Drawn widths; timeline.css shows the one that fits, like the charts' three widths. */
export const STRIP_WIDTHS = [340, 640, 960] as const;

/** Text is drawn at 12 px and each width is never shown below 3/4 of itself: labels stay ≥ 9 px. */
const FONT_SIZE = 12;
const RADIUS = 3.25;
/** Vertical distance between stacked dots. */
const STEP = RADIUS * 2 + 0.5;
const MARGIN_X = 18;
const MARGIN_TOP = FONT_SIZE + 8;
const MARGIN_BOTTOM = 26;
const ACCENT = 'var(--tl-accent)';
const MUTED = 'var(--tl-muted)';
const PAPER = 'var(--tl-paper)';

export interface StripDot {
  /** The event's id, so a test can match dots to events. */
  id: string;
  /** Its first day, YYYY-MM-DD (the start of a range, the 1st of a month). */
  day: string;
  status: EventStatus;
  /** 0 on the axis, counting up where dots would overlap. */
  level: number;
}

export interface StripLayout {
  width: number;
  height: number;
  /** First and last day of the axis: the events' span and the story's date. */
  domain: [string, string];
  dots: StripDot[];
  /** The story's date, YYYY-MM-DD, and where it falls, in px from the left. */
  published: string;
  publishedX: number;
  /** Axis labels: years, months or days, whichever the span needs, spaced so none collide. */
  ticks: StripTick[];
}

export interface StripTick {
  day: string;
  label: string;
  /** Centred on its tick, unless that would cross the strip's edge. */
  anchor: 'start' | 'middle' | 'end';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Plot measures no text on the server; an average glyph is about 0.6 em. */
const labelWidth = (label: string) => label.length * FONT_SIZE * 0.6;

type Unit = 'year' | 'month' | 'day';

/** Years over two years or more, months over two months or more, else days. */
function unitFor(start: string, end: string): Unit {
  const span = dayValue(end) - dayValue(start);
  return span >= 730 ? 'year' : span >= 60 ? 'month' : 'day';
}

/** Every year, month or day start from `start` to `end`, labelled ("2016", "Feb", "14 Mar"). */
function candidateTicks(start: string, end: string, unit: Unit): { day: string; label: string }[] {
  const out: { day: string; label: string }[] = [];
  const { y, m } = splitIso(start);
  if (unit === 'year') {
    for (let year = y; `${year}-01-01` <= end; year++) out.push({ day: `${year}-01-01`, label: String(year) });
  } else if (unit === 'month') {
    for (let i = 0; ; i++) {
      const month = ((m - 1 + i) % 12) + 1;
      const year = y + Math.floor((m - 1 + i) / 12);
      const day = `${year}-${String(month).padStart(2, '0')}-01`;
      if (day > end) break;
      out.push({ day, label: MONTHS[month - 1]! });
    }
  } else {
    for (let day = start; day <= end; day = addDays(day, 1)) {
      const { d, m: month } = splitIso(day);
      out.push({ day, label: `${d} ${MONTHS[month - 1]}` });
    }
  }
  return out;
}

const dayValue = (iso: string) => dayNumber(splitIso(iso));
const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Where each dot goes at one width. Pure and deterministic: the same events and width give the
 * same layout, which Plot then draws with an explicit domain and range so its pixels are these.
 */
export function stripLayout(model: TimelineModel, publishedAt: string, width: number): StripLayout {
  const events = model.events.filter((item) => item.when);
  const days = events.map((item) => firstDay(item.when!));
  let start = [...days, publishedAt].reduce((a, b) => (b < a ? b : a));
  let end = [...days, publishedAt].reduce((a, b) => (b > a ? b : a));
  if (start === end) {
    // One day has no span to draw: give it a week either side.
    start = addDays(start, -7);
    end = addDays(end, 7);
  }
  // The axis starts on a year or a month, so its first label marks where the first dots are.
  const unit = unitFor(start, end);
  if (unit === 'year') start = `${start.slice(0, 4)}-01-01`;
  if (unit === 'month') start = `${start.slice(0, 7)}-01`;
  const left = MARGIN_X;
  const right = width - MARGIN_X;
  const x = (iso: string) =>
    left + ((dayValue(iso) - dayValue(start)) / (dayValue(end) - dayValue(start))) * (right - left);
  const ticks = axisTicks(candidateTicks(start, end, unit), unit, x, width);
  const placed: { x: number; level: number }[] = [];
  const dots = events.map((item, i): StripDot => {
    const at = x(days[i]!);
    let level = 0;
    while (placed.some((p) => p.level === level && Math.abs(p.x - at) < RADIUS * 2 + 1)) level++;
    placed.push({ x: at, level });
    return { id: item.event.id, day: days[i]!, status: item.status, level };
  });
  const levels = Math.max(0, ...dots.map((d) => d.level)) + 1;
  return {
    width,
    height: MARGIN_TOP + levels * STEP + 6 + MARGIN_BOTTOM,
    domain: [start, end],
    dots,
    published: publishedAt,
    publishedX: x(publishedAt),
    ticks,
  };
}

/**
 * Which labels the axis shows: the first, then each that clears the one before by 10 px, and the
 * last. A label is centred on its tick, or set to one side of it at an edge; one that cannot fit
 * is left out.
 */
function axisTicks(
  candidates: { day: string; label: string }[],
  unit: Unit,
  x: (iso: string) => number,
  width: number,
): StripTick[] {
  const place = ({ day, label }: { day: string; label: string }) => {
    const at = x(day);
    const w = labelWidth(label);
    if (at - w / 2 >= 0 && at + w / 2 <= width)
      return { day, label, anchor: 'middle' as const, x0: at - w / 2, x1: at + w / 2 };
    if (at - w / 2 < 0 && at + w <= width) return { day, label, anchor: 'start' as const, x0: at, x1: at + w };
    if (at + w / 2 > width && at - w >= 0) return { day, label, anchor: 'end' as const, x0: at - w, x1: at };
    return undefined;
  };
  type Placed = NonNullable<ReturnType<typeof place>>;
  const clears = (a: Placed, b: Placed) => b.x0 - a.x1 >= 10;
  // A month label names its year when it is the first label of that year: "Dec 2015", "Feb 2016", "Mar".
  const labelled = (t: { day: string; label: string }, before: Placed | undefined) =>
    unit === 'month' && before?.day.slice(0, 4) !== t.day.slice(0, 4)
      ? { ...t, label: `${t.label} ${t.day.slice(0, 4)}` }
      : t;
  const kept: Placed[] = [];
  for (const t of candidates) {
    const tick = place(labelled(t, kept.at(-1)));
    if (tick && (kept.length === 0 || clears(kept.at(-1)!, tick))) kept.push(tick);
  }
  // The last one is labelled too: labels before it give way, all but the first.
  const final = candidates.at(-1);
  while (final && kept.at(-1)?.day !== final.day) {
    const before = kept.at(-1);
    const tick = place(labelled(final, before));
    if (tick && (!before || clears(before, tick))) kept.push(tick);
    else if (tick && kept.length > 1) kept.pop();
    else break;
  }
  return kept.map(({ day, label, anchor }): StripTick => ({ day, label, anchor }));
}

/** Plot options for one width; the label "This story" marks the story's date. */
export function stripOptions(layout: StripLayout): PlotOptions {
  const { width, height, domain, dots } = layout;
  const baseline = height - MARGIN_BOTTOM;
  const levels = Math.max(0, ...dots.map((d) => d.level)) + 1;
  // Level 0 sits just above the axis line; each level one STEP higher.
  const y = { domain: [0, levels], range: [baseline - RADIUS - 3, baseline - RADIUS - 3 - levels * STEP] };
  const point = (d: StripDot) => ({ x: asDate(d.day), y: d.level });
  const happened = dots.filter((d) => d.status === 'happened').map(point);
  const scheduled = dots.filter((d) => d.status === 'scheduled').map(point);
  const anchor = layout.publishedX > width - 50 ? 'end' : layout.publishedX < 50 ? 'start' : 'middle';
  const published = asDate(layout.published);
  const tickLabels = (anchor: StripTick['anchor']) =>
    Plot.text(
      layout.ticks.filter((t) => t.anchor === anchor),
      {
        x: (t: StripTick) => asDate(t.day),
        text: 'label',
        frameAnchor: 'bottom',
        dy: MARGIN_BOTTOM - 4,
        lineAnchor: 'bottom',
        textAnchor: anchor,
        fontSize: FONT_SIZE,
        fill: MUTED,
      },
    );
  return {
    width,
    height,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    marginLeft: MARGIN_X,
    marginRight: MARGIN_X,
    x: { type: 'utc', domain: domain.map(asDate), range: [MARGIN_X, width - MARGIN_X], nice: false },
    y: { type: 'linear', ...y, axis: null },
    marks: [
      Plot.ruleX([published], { y1: levels, y2: 0, stroke: MUTED, strokeDasharray: '3,3', insetBottom: -RADIUS - 3 }),
      Plot.text([published], {
        x: (d: Date) => d,
        frameAnchor: 'top',
        dy: -MARGIN_TOP + 2,
        text: () => 'This story',
        textAnchor: anchor,
        lineAnchor: 'top',
        fontSize: FONT_SIZE,
        fill: MUTED,
      }),
      // Tick marks only (fill none): the labels are text marks, so one at an edge can sit to its side.
      Plot.axisX({
        ticks: layout.ticks.map((t) => asDate(t.day)),
        tickSize: 5,
        fill: 'none',
        stroke: MUTED,
        label: null,
      }),
      tickLabels('start'),
      tickLabels('middle'),
      tickLabels('end'),
      Plot.ruleY([0], { dy: RADIUS + 3, stroke: MUTED }),
      Plot.dot(happened, { x: 'x', y: 'y', r: RADIUS, fill: ACCENT, stroke: ACCENT, strokeWidth: 1 }),
      // Hollow, a ring in the page's colour: scheduled events are not yet on the record.
      Plot.dot(scheduled, { x: 'x', y: 'y', r: RADIUS - 0.75, fill: PAPER, stroke: ACCENT, strokeWidth: 1.5 }),
    ],
  };
}

export interface DrawnStrip {
  width: number;
  svg: string;
}

/** The strip at every width, as SVG strings ready to inline. */
export function drawStrip(
  model: TimelineModel,
  publishedAt: string,
  ids: { idPrefix: string; labelledBy: string; describedBy: string },
): DrawnStrip[] {
  if (!model.events.some((item) => item.when)) return [];
  return STRIP_WIDTHS.map((width) => ({
    width,
    svg: renderSvg(stripOptions(stripLayout(model, publishedAt, width)), {
      idPrefix: `${ids.idPrefix}-${width}`,
      labelledBy: ids.labelledBy,
      describedBy: ids.describedBy,
    }),
  }));
}
