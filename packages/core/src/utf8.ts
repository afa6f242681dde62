import { isUtf8 } from 'node:buffer';
import { UserError } from './errors.js';

/**
 * The offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF), or -1.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    const second = bytes[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * UTF-8 bytes as text, refusing anything that is not valid UTF-8: decoding would silently put U+FFFD in
 * place of the bad bytes, and writing the file back would then destroy them.
 */
export function decodeUtf8(bytes: Buffer, display: string): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  const offset = invalidUtf8Offset(bytes);
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line++;
  const hex = bytes[offset]!.toString(16).padStart(2, '0');
  throw new UserError(
    `not valid UTF-8 at byte offset ${offset} (line ${line}): byte 0x${hex}; the file must be UTF-8 text, nothing was written`,
    { file: display, line },
  );
}
