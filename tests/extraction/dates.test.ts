import { describe, expect, it } from "vitest";
import { type Analysis, startAnalysis } from "../../src/extraction/analysis.js";
import { findDates, scanDates } from "../../src/extraction/rules/dates.js";

function analysis(text: string, publishedOn: string | null): Analysis {
  // These cases are Russian, read with no paragraphs or sentences segmented.
  return {
    ...startAnalysis(text),
    lang: "ru",
    paragraphs: [],
    sentences: [],
    header: { title: null, publishedOn: publishedOn, source: null },
  };
}

describe("findDates", () => {
  it.each([
    [
      "Встреча 10 апреля 2023 года прошла в Астане",
      null,
      "10 апреля 2023 года",
      "2023-04-10",
      "day",
    ],
    ["3 марта премьер-министр встретился", "2025-03-03", "3 марта", "2025-03-03", "day"],
    ["Визит состоится 28 декабря", "2024-01-03", "28 декабря", "2023-12-28", "day"],
    ["В феврале стороны подписали", "2023-04-10", "В феврале", "2023-02", "month"],
    ["Саммит пройдёт 21-22 октября", "2025-09-01", "21-22 октября", "2025-10-21", "day"],
    ["03 Март 2025", null, "03 Март 2025", "2025-03-03", "day"],
    ["визит продлится с 21 по 23 ноября", "2023-11-20", "21 по 23 ноября", "2023-11-21", "day"],
    ["talks on 2-3 September 2024", null, "2-3 September 2024", "2024-09-02", "day"],
    ["10.04.2023, 18:16 45671", null, "10.04.2023", "2023-04-10", "day"],
    ["14:59 22/11/2023", null, "22/11/2023", "2023-11-22", "day"],
    ["date 2025-10-21", null, "2025-10-21", "2025-10-21", "day"],
    ["Тоқаев 10 сәуірде келді", "2023-04-12", "10 сәуірде", "2023-04-10", "day"],
    ["2023 жылғы 10 сәуір күні", null, "2023 жылғы 10 сәуір", "2023-04-10", "day"],
    ["16 маусым 2020, 14:31", null, "16 маусым 2020", "2020-06-16", "day"],
    ["Путин 27 қарашадағы сапар", "2024-11-01", "27 қарашадағы", "2024-11-27", "day"],
    ["signed on November 28, 2022 in Moscow", null, "November 28, 2022", "2022-11-28", "day"],
    ["met on 28 November 2022", null, "28 November 2022", "2022-11-28", "day"],
    ["программа до 2026 года", null, "2026 года", "2026", "year"],
  ])("%s", (text, published, surface, iso, precision) => {
    const found = findDates(analysis(text, published));
    expect(found).toHaveLength(1);
    const d = found[0]!;
    expect(text.slice(d.start, d.end)).toBe(surface);
    expect(d.iso).toBe(iso);
    expect(d.precision).toBe(precision);
    expect(d.rule).toMatch(/^date\./);
  });

  it("takes a missing year from the nearest earlier full date when the publication date is unknown", () => {
    const text = "10 октября 2025 года лидеры встретились. Президент прилетел в Москву 11 ноября.";
    const found = findDates(analysis(text, null));
    expect(found.map((d) => d.iso)).toEqual(["2025-10-10", "2025-11-11"]);
    expect(found[1]?.yearGiven).toBe(false);
  });

  it("leaves out a day and month when no year can be known", () => {
    expect(findDates(analysis("МОСКВА, 22 октября. /ТАСС/.", null))).toEqual([]);
  });

  it.each(["мартовский саммит", "в составе 12 человек", "май-", "They may visit", "1234567"])(
    "finds no date in %s",
    (text) => {
      expect(scanDates(text)).toEqual([]);
    },
  );

  it("keeps a year on another line apart from the date", () => {
    const d = scanDates("15 ноября\n2631");
    expect(d).toHaveLength(1);
    expect(d[0]?.year).toBeNull();
  });

  it("runs in linear time on a long input", () => {
    const text = "10 апреля 2023 года встреча. ".repeat(20000) + "1".repeat(100000);
    const t0 = performance.now();
    expect(scanDates(text).length).toBe(20000);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
