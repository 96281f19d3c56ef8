/**
 * A base map is mostly path data. d3 writes it as absolute points ("M120,480L123,478…"); the same
 * outline as whole-pixel steps from the previous point ("m120,480l3-2…") is about half the
 * bytes and compresses better, since small steps repeat. Only paths made of M, L and Z are
 * rewritten; anything else (arcs of a dot) is left as it is.
 */
const ABSOLUTE = /^(?:[MLZ]|-?\d+(?:\.\d+)?|,)*$/;

export function compactPath(d: string): string {
  if (!ABSOLUTE.test(d)) return d;
  let out = '';
  let [x, y] = [0, 0];
  let [startX, startY] = [0, 0];
  const tokens = d.match(/[MLZ]|-?\d+(?:\.\d+)?/g) ?? [];
  let command = '';
  let last = '';
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i];
    if (token === 'Z') {
      out += 'z';
      [x, y] = [startX, startY];
      last = 'z';
      i += 1;
      continue;
    }
    if (token === 'M' || token === 'L') {
      command = token;
      i += 1;
      continue;
    }
    const [px, py] = [Math.round(Number(token)), Math.round(Number(tokens[i + 1]))];
    i += 2;
    const [dx, dy] = [px - x, py - y];
    if (command === 'L' && dx === 0 && dy === 0) continue;
    const letter = command === 'M' ? 'm' : 'l';
    // Consecutive steps of one kind share their letter; a minus sign separates numbers by itself.
    const pair = `${dx}${dy < 0 ? '' : ','}${dy}`;
    out += letter === last && letter === 'l' ? `${dx < 0 ? '' : ' '}${pair}` : `${letter}${pair}`;
    last = letter;
    [x, y] = [px, py];
    if (command === 'M') {
      [startX, startY] = [px, py];
      command = 'L';
    }
  }
  return out;
}

/** Every path in an SVG string, compacted. */
export function compactPaths(svg: string): string {
  return svg.replace(/ d="([^"]*)"/g, (_, d: string) => ` d="${compactPath(d)}"`);
}
