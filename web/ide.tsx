// The GraphQL IDE served at /: GraphiQL bundled with its editor workers, opening on example operations.
import { useGraphiQL, useGraphiQLActions } from "@graphiql/react";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { useEffect } from "react";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";
import search from "../examples/operations/search.graphql";
import bilateral from "../examples/operations/visits.graphql";
import countryVisits from "./operations/country-visits.graphql";

// Monaco runs its language services in workers; they are bundled next to this file, so no CDN
// is needed.
globalThis.MonacoEnvironment = {
  getWorker(_id: string, label: string) {
    const name = label === "json" ? "json" : label === "graphql" ? "graphql" : "editor";
    return new Worker(new URL(`./${name}.worker.js`, import.meta.url), { type: "module" });
  },
};

/** Example operations over the seed articles, one tab each, with variables that find something. */
const tabs = [
  { query: countryVisits, variables: JSON.stringify({ code: "KZ", first: 5 }, null, 2) },
  { query: bilateral, variables: JSON.stringify({ a: "KZ", b: "AZ", first: 5 }, null, 2) },
  { query: search, variables: JSON.stringify({ query: "Токаев", first: 5 }, null, 2) },
];

const endpoint = new URL("graphql", window.location.href.replace(/[^/]*$/, "")).href;
const fetcher = createGraphiQLFetcher({ url: endpoint });

/**
 * Keeps the editors in step with the active tab where GraphiQL lags:
 * - it opens the active tab with its query but an empty variables editor (it fills both only on
 *   a tab switch), and an example without its variables fails;
 * - after a switch it learns the operation's name only once it has re-read the query (100 ms
 *   later), so Run pressed at once would send the previous tab's name with this tab's query.
 */
function ActiveTabSync(): null {
  const editor = useGraphiQL((state) => state.variableEditor);
  const tab = useGraphiQL((state) => state.tabs[state.activeTabIndex]);
  const operationName = useGraphiQL((state) => state.operationName);
  const { setOperationName } = useGraphiQLActions();
  const tabId = tab?.id;
  const variables = tab?.variables;
  const tabOperation = tab?.operationName;
  useEffect(() => {
    if (editor && variables && editor.getValue() === "") editor.setValue(variables);
  }, [editor, variables]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on a tab switch only, not on every edit of the name.
  useEffect(() => {
    if (tabOperation && tabOperation !== operationName) setOperationName(tabOperation);
  }, [tabId]);
  return null;
}

const root = document.getElementById("graphiql");
if (!root) throw new Error("the page has no #graphiql element");
createRoot(root).render(
  <GraphiQL fetcher={fetcher} defaultTabs={tabs} defaultEditorToolsVisibility="variables">
    <ActiveTabSync />
  </GraphiQL>,
);
