/**
 * The dateline that opens a wire lede: "MOSCOW —", "MOSCOW/GENEVA (Reuters) –",
 * "GENEVA (AP) —", "WASHINGTON, March 14 (Reuters) -", "BEIRUT, Lebanon (AP) _" (old AP
 * ASCII), "Moscow (AFP) -", "MOSCOW, March 14. /TASS/.", "MOSCOW. March 14 (Interfax) -". A place
 * in capitals is enough; a place in title case counts only with an agency in brackets, so a
 * lede such as "Russia — which…" is not mistaken for one.
 */

const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}.'’\- ]*[\p{Lu}\p{M}.]`;
const TITLE_PLACE = String.raw`\p{Lu}[\p{L}\p{M}.'’\-]*(?: (?:\p{Lu}[\p{L}\p{M}.'’\-]*|de|da|do|del|al|el|es|la|le|upon|on))*`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = String.raw`(?:${MONTH}\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?)`;
const REGION = String.raw`\p{Lu}[\p{L}\p{M}.'’]*(?: \p{Lu}[\p{L}\p{M}.'’]*){0,3}`;
const AGENCY = String.raw`(?:\(\s*[^()\n]{1,40}?\s*\)|\/\s*[^/\n]{1,20}?\s*\/)`;
const DASH = String.raw`(?:\s*[—–―]\s*|\s+--?\s+|\s*--\s*)`;
const AGENCY_DASH = String.raw`(?:\s*[—–―_]\s*|\s*--?\s+|\.\s+)`;

const extras = (place: string) =>
  String.raw`(?<place>${place}(?:\s*\/\s*${place})*)(?<extra>(?:,\s*(?:${DATE}|${REGION})|\.\s*${DATE}){0,3})`;

const WITH_AGENCY_CAPS = new RegExp(String.raw`^${extras(CAPS_PLACE)}\.?\s*(?<agency>${AGENCY})${AGENCY_DASH}`, 'u');
const CAPS_ONLY = new RegExp(String.raw`^${extras(CAPS_PLACE)}${DASH}`, 'u');
const WITH_AGENCY_TITLE = new RegExp(String.raw`^${extras(TITLE_PLACE)}\s*(?<agency>${AGENCY})${AGENCY_DASH}`, 'u');
// Bloomberg and some others name only the agency: "(Bloomberg) -- Russia will…".
const AGENCY_ONLY = /^\(\s*\p{Lu}[^()\n]{0,30}?\s*\)\s*(?:[—–―]|--?)\s+/u;
const EXTRA_PART = new RegExp(String.raw`[,.]\s*(?:(?<date>${DATE})|(?<region>${REGION}))`, 'gu');

export interface Dateline {
  /** The place as written, with a region if given ("BEIRUT, Lebanon"), without the date or agency; "" if only an agency. */
  place: string;
  /** Length of the whole dateline in the lede, dash and following space included. */
  length: number;
}

export function findDateline(lede: string): Dateline | null {
  const match = WITH_AGENCY_CAPS.exec(lede) ?? CAPS_ONLY.exec(lede) ?? WITH_AGENCY_TITLE.exec(lede);
  if (!match?.groups) {
    const agencyOnly = AGENCY_ONLY.exec(lede);
    return agencyOnly ? { place: '', length: agencyOnly[0].length } : null;
  }
  const place = match.groups.place!.trim();
  const letters = place.replace(/[^\p{L}]/gu, '').length;
  if (letters < 2 || (letters < 3 && !match.groups.agency)) return null;
  const regions = [...match.groups.extra!.matchAll(EXTRA_PART)].flatMap((m) => m.groups?.region ?? []);
  return { place: [place, ...regions].join(', '), length: match[0].length };
}

/** A dateline alone on its line, as some feeds send it: "MOSCOW (AP) —". */
export function isDatelineOnly(text: string): boolean {
  const d = findDateline(`${text} `);
  return d !== null && d.length >= text.length;
}
