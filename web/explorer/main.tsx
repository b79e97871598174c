// The explorer's entry: header with search, the view the URL names, focus moved to it on every change.
/** @jsxImportSource preact */
import { render } from "preact";
import { useEffect, useRef } from "preact/hooks";
import "./explorer.css";
import { label } from "./labels";
import { href, type Route, useRoute } from "./route";
import { focusNextTitle, PageTitle } from "./title";
import { ArticleView } from "./views/article";
import { CountryView } from "./views/country";
import { DocumentView, VisitView } from "./views/facts";
import { NetworkView } from "./views/network";
import { RelationsView } from "./views/relations";
import { SEARCH_TYPES, SearchView } from "./views/search";

function View({ route }: { route: Route }) {
  switch (route.view) {
    case "network":
      return <NetworkView query={route.query} />;
    case "country":
      return <CountryView key={route.code} code={route.code} />;
    case "relations":
      return <RelationsView key={`${route.a}/${route.b}`} a={route.a} b={route.b} />;
    case "visit":
      return <VisitView key={route.id} id={route.id} />;
    case "document":
      return <DocumentView key={route.id} id={route.id} />;
    case "article":
      return <ArticleView key={route.id} id={route.id} start={route.start} end={route.end} />;
    case "search":
      return <SearchView q={route.q} type={route.type} />;
    case "missing":
      return (
        <>
          <PageTitle>Nothing here</PageTitle>
          <p>
            The explorer has no page at <code>{route.path}</code>.{" "}
            <a href={href.network()}>Back to the network</a>.
          </p>
        </>
      );
  }
}

function SearchBox({ route }: { route: Route }) {
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const q = String(data.get("q") ?? "").trim();
    if (q) location.hash = href.search(q, String(data.get("type") ?? ""));
  };
  const current = route.view === "search" ? route : { q: "", type: "" };
  return (
    <search class="search">
      <form onSubmit={onSubmit}>
        <label for="search-q" class="sr-only">
          Search people, documents, statements and articles
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          placeholder="Search: Токаев, меморандум…"
          value={current.q}
        />
        <label for="search-type" class="sr-only">
          What to search
        </label>
        <select id="search-type" name="type" value={current.type}>
          <option value="">everything</option>
          {SEARCH_TYPES.map((t) => (
            <option key={t} value={t}>
              {label(t)}s
            </option>
          ))}
        </select>
        <button type="submit">Search</button>
      </form>
    </search>
  );
}

function App() {
  const { route, hash } = useRoute();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // A new view is announced like a new page: its heading takes the focus once it shows (not on the first load).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the route's hash is what says a new view shows
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    focusNextTitle();
    window.scrollTo(0, 0);
  }, [hash]);
  return (
    <>
      {/* A button, not a #main link: the fragment holds the explorer's routes. */}
      <button type="button" class="skip" onClick={() => main.current?.focus()}>
        Skip to content
      </button>
      <header class="top">
        <a class="brand" href={href.network()}>
          diplograph explorer
        </a>
        <nav aria-label="Main">
          <a href={href.network()}>Network</a>
          <a href="/">GraphQL API</a>
        </nav>
        <SearchBox route={route} />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <View route={route} />
      </main>
    </>
  );
}

const root = document.getElementById("app");
if (root) render(<App />, root);
