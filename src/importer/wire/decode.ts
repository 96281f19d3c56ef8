/**
 * Bytes from disk to text, refusing what is not text. UTF-8 with or without a byte-order mark
 * is the norm; UTF-16 with a mark (what Word and Notepad call "Unicode") is decoded too. NUL
 * bytes mean a binary file (a .doc, a PDF, an image), and a byte that is not UTF-8 usually
 * means Windows-1252 curly quotes: both are refused with a message that says how to fix it.
 */
import { WireError } from './wire-error.ts';

const lineOfByte = (bytes: Uint8Array, offset: number): number =>
  bytes.subarray(0, offset).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (approximate: for the message only). */
function firstBadByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const more =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (more < 0) return i;
    for (let k = 1; k <= more; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += more + 1;
  }
  return 0;
}

export function decodeWire(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new WireError('the file is empty');
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      throw new WireError(`the file starts like UTF-16 text but is not valid UTF-16: save it as plain text (UTF-8)`);
    }
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new WireError(
      `the file is binary, not plain text (a NUL byte on line ${lineOfByte(bytes, nul)}): save the story as plain text (UTF-8) and try again`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstBadByte(bytes);
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new WireError(
      `the file is not UTF-8 text (byte 0x${hex} on line ${lineOfByte(bytes, at)}, perhaps a Windows-1252 quote or dash): save it as UTF-8 and try again`,
    );
  }
}
