// Search results across people, documents, statements and articles, best first.
/** @jsxImportSource preact */
import { ExplorerSearchDocument, type SearchHitType } from "../__generated__/graphql";
import { useQuery } from "../client";
import { label } from "../labels";
import { href } from "../route";
import { PageTitle } from "../title";
import { DocumentLine, Loading, Problem, StatementLine } from "./parts";

export const SEARCH_TYPES: SearchHitType[] = ["PERSON", "DOCUMENT", "STATEMENT", "ARTICLE"];

export function SearchView({ q, type }: { q: string; type: string }) {
  if (!q.trim()) return <PageTitle>Type words to search for</PageTitle>;
  return <SearchResults q={q} type={type} />;
}

function SearchResults({ q, type }: { q: string; type: string }) {
  const types = (SEARCH_TYPES as string[]).includes(type) ? [type as SearchHitType] : null;
  const result = useQuery(ExplorerSearchDocument, { query: q, first: 30, types });
  return (
    <>
      <PageTitle>
        Search: <q>{q}</q>
        {types ? <span class="muted"> in {label(type)}s</span> : null}
      </PageTitle>
      {result.error ? <Problem error={result.error} /> : null}
      {result.loading ? <Loading what="matches" /> : null}
      {result.data && result.data.search.length === 0 ? <p>Nothing matches.</p> : null}
      <ul class="facts">
        {result.data?.search.map((hit) => {
          switch (hit.__typename) {
            case "Person":
              return (
                <li key={hit.id} class="fact">
                  <span class="badge neutral">Person</span> {hit.name}{" "}
                  <span class="muted">{hit.position ?? label(hit.role)}</span>
                  {hit.country ? (
                    <>
                      {" · "}
                      <a href={href.country(hit.country.code)}>{hit.country.name}</a>
                    </>
                  ) : null}
                </li>
              );
            case "SignedDocument":
              return <DocumentLine key={hit.id} document={hit} />;
            case "Statement":
              return <StatementLine key={hit.id} statement={hit} />;
            case "Article":
              return (
                <li key={hit.id} class="fact">
                  <span class="badge neutral">Article</span>{" "}
                  <a href={href.article(hit.id)}>{hit.headline ?? "Untitled article"}</a>{" "}
                  <span class="muted">
                    {[hit.sourceName, hit.publishedOn].filter(Boolean).join(", ")}
                  </span>
                </li>
              );
            default:
              return null;
          }
        })}
      </ul>
    </>
  );
}
