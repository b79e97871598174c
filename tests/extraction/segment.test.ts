import { describe, expect, it } from "vitest";
import { segment } from "../../src/extraction/text/segment.js";

function sentences(text: string): string[] {
  return segment(text).sentences.map((s) => text.slice(s.start, s.end));
}

describe("segment", () => {
  it.each([
    ["Первое предложение. Второе предложение.", ["Первое предложение.", "Второе предложение."]],
    [
      "Встречу провел О.Бектенов. Затем он уехал.",
      ["Встречу провел О.Бектенов.", "Затем он уехал."],
    ],
    ["Гостя встретил А. Асадов в аэропорту.", ["Гостя встретил А. Асадов в аэропорту."]],
    ["Визит в г. Астана, т.е. в столицу. Новое.", ["Визит в г. Астана, т.е. в столицу.", "Новое."]],
    ["Он сказал: «Мы готовы!» Затем ушел.", ["Он сказал: «Мы готовы!»", "Затем ушел."]],
    ["Сообщает Vecher.kz. Далее.", ["Сообщает Vecher.kz.", "Далее."]],
    ["Объем составил 5 млрд. долларов. Рост.", ["Объем составил 5 млрд. долларов.", "Рост."]],
    ["Что дальше? – спросил он. Ответа нет.", ["Что дальше?", "– спросил он.", "Ответа нет."]],
  ])("%s", (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it("splits paragraphs on lines and trims spaces", () => {
    const text = "  Заголовок  \n\nПервый абзац.\r\nВторой абзац.\n";
    const { paragraphs } = segment(text);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      "Заголовок",
      "Первый абзац.",
      "Второй абзац.",
    ]);
  });

  it("handles empty and blank input", () => {
    expect(segment("")).toEqual({ paragraphs: [], sentences: [] });
    expect(segment(" \n\u00a0\n")).toEqual({ paragraphs: [], sentences: [] });
  });

  it("is linear on a long input", () => {
    const text = "Слово слово слово. ".repeat(50_000);
    const t = performance.now();
    const { sentences: s } = segment(text);
    expect(s.length).toBe(50_000);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
