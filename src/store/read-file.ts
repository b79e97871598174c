// Reads one article file: size limit, encoding detection, HTML reduced to its text.
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { convert } from "html-to-text";
import { decodeArticle } from "../extraction/text/decode.js";

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadResult =
  | { ok: true; text: string; encoding: string; bytes: number }
  | { ok: false; reason: string; bytes: number | null };

export function isArticleFile(path: string): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

function isHtml(path: string, text: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === ".html" || ext === ".htm" || /^\s*<(!doctype html|html)[\s>]/i.test(text);
}

export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "nav", format: "skip" },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
      { selector: "h3", options: { uppercase: false } },
      { selector: "table", format: "dataTable" },
    ],
  });
}

export async function readArticleFile(path: string, maxBytes: number): Promise<ReadResult> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) return { ok: false, reason: "not a regular file", bytes: null };
    size = s.size;
  } catch (err) {
    return {
      ok: false,
      reason: `cannot read: ${(err as NodeJS.ErrnoException).code}`,
      bytes: null,
    };
  }
  if (size > maxBytes) {
    return {
      ok: false,
      reason: `file is ${size} bytes, over the limit of ${maxBytes} bytes`,
      bytes: size,
    };
  }
  if (size === 0) return { ok: false, reason: "empty file", bytes: 0 };
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    return {
      ok: false,
      reason: `cannot read: ${(err as NodeJS.ErrnoException).code}`,
      bytes: size,
    };
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason, bytes: bytes.length };
  const text = isHtml(path, decoded.text) ? htmlToText(decoded.text) : decoded.text;
  if (text.trim() === "") {
    return { ok: false, reason: "no text (whitespace only)", bytes: bytes.length };
  }
  return { ok: true, text, encoding: decoded.encoding, bytes: bytes.length };
}
