// Turns a file's bytes into article text, or says why it cannot.
import iconv from "iconv-lite";

export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: string };

export function decodeArticle(bytes: Uint8Array): DecodeResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { ok: true, text: buf.subarray(3).toString("utf8"), encoding: "utf-8 (BOM)" };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { ok: true, text: iconv.decode(buf.subarray(2), "utf-16le"), encoding: "utf-16le" };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { ok: true, text: iconv.decode(buf.subarray(2), "utf-16be"), encoding: "utf-16be" };
  }
  if (buf.includes(0)) return { ok: false, reason: "binary file (contains NUL bytes)" };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
    return { ok: true, text, encoding: "utf-8" };
  } catch {
    return { ok: false, reason: "not valid UTF-8 text" };
  }
}
