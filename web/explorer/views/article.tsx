// An article's whole text with the sentence behind a fact shaded and the fact's own words marked.
/** @jsxImportSource preact */
import { useEffect, useRef } from "preact/hooks";
import { ArticleTextDocument } from "../__generated__/graphql";
import { useQuery } from "../client";
import { PageTitle } from "../title";
import { Loading, Problem } from "./parts";

/** The sentence around [start, end), found by the browser's own sentence segmenter for the article's language. */
function sentenceAround(text: string, start: number, end: number, language: string) {
  const reach = 2_000;
  const from = Math.max(0, start - reach);
  const window = text.slice(from, Math.min(text.length, end + reach));
  const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
  let first = -1;
  let last = -1;
  for (const s of segmenter.segment(window)) {
    const sStart = from + s.index;
    const sEnd = sStart + s.segment.length;
    if (sEnd <= start) continue;
    if (sStart >= end) break;
    if (first < 0) first = sStart;
    last = sEnd;
  }
  if (first < 0) return { start, end };
  const sentence = { start: first, end: last };
  // Trailing spaces and line breaks belong to no sentence on screen.
  while (sentence.end > end && /\s/.test(text.charAt(sentence.end - 1))) sentence.end--;
  return sentence;
}

export function ArticleView({ id, start, end }: { id: string; start?: number; end?: number }) {
  const result = useQuery(ArticleTextDocument, { id });
  const marked = useRef<HTMLElement>(null);
  const article = result.data?.article;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new article or span moves the mark
  useEffect(() => {
    marked.current?.scrollIntoView({ block: "center" });
  }, [article, start, end]);
  if (result.error) return <Problem error={result.error} />;
  if (result.loading) return <Loading what="the article" />;
  if (!article) return <p>No article has this id.</p>;
  const text = article.text;
  const span =
    start !== undefined && end !== undefined && start < end && end <= text.length
      ? { start, end }
      : null;
  const lang = article.language.toLowerCase();
  const sentence = span ? sentenceAround(text, span.start, span.end, lang) : null;
  return (
    <>
      <PageTitle lang={lang}>
        {article.title ?? `Article of ${article.publishedOn ?? "unknown date"}`}
      </PageTitle>
      <p class="muted">
        {[article.sourceName, article.publishedOn, article.language].filter(Boolean).join(" · ")}
        {article.url ? (
          <>
            {" · "}
            <a href={article.url} rel="noreferrer noopener">
              original
            </a>
          </>
        ) : null}
      </p>
      {span ? (
        <p class="status">
          The marked words are the ones the fact was read from (characters {span.start}–{span.end}
          ).
        </p>
      ) : null}
      <article class="article-text" lang={lang}>
        {span && sentence ? (
          <>
            {text.slice(0, sentence.start)}
            <span class="sentence">
              {text.slice(sentence.start, span.start)}
              <mark ref={marked}>{text.slice(span.start, span.end)}</mark>
              {text.slice(span.end, sentence.end)}
            </span>
            {text.slice(sentence.end)}
          </>
        ) : (
          text
        )}
      </article>
    </>
  );
}
