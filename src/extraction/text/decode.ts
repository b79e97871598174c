// Turns a file's bytes into article text, or says why it cannot.
import iconv from "iconv-lite";

export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: string };

/** Leading bytes of common non-text formats, so the message can name what the file is. */
const SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: "PDF document", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: "PNG image", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: "JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "GIF image", bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { name: "ZIP archive (or DOCX/XLSX)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "gzip archive", bytes: [0x1f, 0x8b] },
  { name: "7-Zip archive", bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: "RAR archive", bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: "legacy Office document", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: "ELF executable", bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: "RTF document", bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] }, // {\rtf
];

function startsWith(buf: Buffer, bytes: number[]): boolean {
  return buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);
}

/** Control bytes other than tab, line feed, form feed and carriage return mark binary data. */
function controlByteShare(buf: Buffer): number {
  const n = Math.min(buf.length, 8192);
  if (n === 0) return 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  return control / n;
}

/** Offset of the first byte that breaks UTF-8, or -1 when all of it is valid. */
export function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Scores a single-byte Cyrillic reading: running text is mostly lower-case letters, and the
 * wrong one of Windows-1251 and KOI8-R swaps the cases, so the share of lower-case letters
 * among Cyrillic letters tells them apart.
 */
function cyrillicScore(text: string): { letters: number; share: number; lowerShare: number } {
  let letters = 0;
  let lower = 0;
  let other = 0;
  for (const ch of text) {
    if (ch >= "\u0400" && ch <= "\u04ff") {
      letters++;
      if (ch !== ch.toUpperCase()) lower++;
    } else if (/\p{L}/u.test(ch)) other++;
  }
  return {
    letters,
    share: letters / Math.max(1, letters + other),
    lowerShare: letters === 0 ? 0 : lower / letters,
  };
}

const SINGLE_BYTE_CYRILLIC = ["windows-1251", "koi8-r"] as const;

function decodeSingleByteCyrillic(buf: Buffer): { text: string; encoding: string } | null {
  let highBytes = 0;
  for (const b of buf) if (b >= 0x80) highBytes++;
  if (highBytes === 0) return null;
  let best: { text: string; encoding: string; lowerShare: number } | null = null;
  for (const encoding of SINGLE_BYTE_CYRILLIC) {
    const text = iconv.decode(buf, encoding);
    const { letters, share, lowerShare } = cyrillicScore(text);
    // Most high bytes must read as Cyrillic letters and most letters must be Cyrillic, else it
    // is some other encoding (Latin-1 accents) or binary.
    if (letters < highBytes * 0.8 || share < 0.5) continue;
    if (!best || lowerShare > best.lowerShare) best = { text, encoding, lowerShare };
  }
  return best && best.lowerShare >= 0.6 ? { text: best.text, encoding: best.encoding } : null;
}

export function decodeArticle(bytes: Uint8Array): DecodeResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    const bad = firstInvalidUtf8(buf.subarray(3));
    if (bad >= 0)
      return { ok: false, reason: `invalid UTF-8 at byte ${bad + 3} (after a UTF-8 BOM)` };
    return { ok: true, text: buf.subarray(3).toString("utf8"), encoding: "utf-8 (BOM)" };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return {
      ok: true,
      text: iconv.decode(buf.subarray(2), "utf-16le"),
      encoding: "utf-16le (BOM)",
    };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return {
      ok: true,
      text: iconv.decode(buf.subarray(2), "utf-16be"),
      encoding: "utf-16be (BOM)",
    };
  }
  const signature = SIGNATURES.find((s) => startsWith(buf, s.bytes));
  if (signature) return { ok: false, reason: `binary file (${signature.name}), not text` };
  if (buf.includes(0) || controlByteShare(buf) > 0.05) {
    return { ok: false, reason: "binary file (control bytes), not text" };
  }
  const bad = firstInvalidUtf8(buf);
  if (bad < 0) return { ok: true, text: buf.toString("utf8"), encoding: "utf-8" };
  const cyrillic = decodeSingleByteCyrillic(buf);
  if (cyrillic) return { ok: true, ...cyrillic };
  return {
    ok: false,
    reason: `invalid UTF-8 at byte ${bad}, and not Windows-1251 or KOI8-R Russian either`,
  };
}
