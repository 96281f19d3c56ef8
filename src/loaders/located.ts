/** Parsed content plus a way back to the line each value was written on. */
export interface Located<T> {
  data: T;
  /** Line (from 1) of the value at `path`, or of its nearest parent that has one. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** Excel and Windows editors add these; content must parse the same without them. */
export function cleanText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
