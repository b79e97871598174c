// The explorer's only way to the data: the public GraphQL API, with results typed by the generated documents.
import { useEffect, useState } from "preact/hooks";
import type { TypedDocumentString } from "./__generated__/graphql";

const ENDPOINT = "/graphql";

export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: document.toString(), variables }),
    signal,
  });
  let body: { data?: Result | null; errors?: { message: string }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new Error(`the API answered ${response.status} without JSON`);
  }
  if (body.errors?.length || !body.data) {
    const reasons = body.errors?.map((e) => e.message).join("; ") || "no data";
    throw new Error(`the API answered ${response.status}: ${reasons}`);
  }
  return body.data;
}

export interface QueryState<Result> {
  data?: Result;
  error?: string;
  loading: boolean;
}

/** Runs the query whenever its variables change; an answer to superseded variables is dropped. */
export function useQuery<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
): QueryState<Result> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<QueryState<Result>>({ loading: true });
  useEffect(() => {
    const controller = new AbortController();
    setState({ loading: true });
    request(document, JSON.parse(key) as Variables, controller.signal).then(
      (data) => setState({ data, loading: false }),
      (err: unknown) => {
        if (!controller.signal.aborted) setState({ error: errorText(err), loading: false });
      },
    );
    return () => controller.abort();
  }, [document, key]);
  return state;
}

export interface Connection<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: Node }[];
}

export interface PagedState<Node> {
  nodes: Node[];
  total?: number;
  hasMore: boolean;
  loading: boolean;
  error?: string;
  loadMore(): void;
}

/**
 * One connection read a page at a time (`first`/`after`), so a country with thousands of visits
 * costs one page until the reader asks for more.
 */
export function usePaged<Result, Variables, Node>(
  document: TypedDocumentString<Result, Variables>,
  variables: (page: { first: number; after: string | null }) => Variables,
  select: (result: Result) => Connection<Node> | null | undefined,
  pageSize = 20,
): PagedState<Node> {
  const key = JSON.stringify(variables({ first: pageSize, after: null }));
  const [pages, setPages] = useState<{
    key: string;
    nodes: Node[];
    total?: number;
    cursor: string | null;
    hasMore: boolean;
    loading: boolean;
    error?: string;
  }>({ key, nodes: [], cursor: null, hasMore: false, loading: true });
  const [wanted, setWanted] = useState<{ key: string; after: string | null }>({ key, after: null });

  // New variables start again from the first page.
  if (wanted.key !== key) setWanted({ key, after: null });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `variables` and `select` are rebuilt each render; `key` and `wanted` say when to fetch
  useEffect(() => {
    if (wanted.key !== key) return;
    const controller = new AbortController();
    setPages((p) => ({
      ...(p.key === key ? p : { nodes: [], cursor: null }),
      key,
      hasMore: false,
      loading: true,
    }));
    request(document, variables({ first: pageSize, after: wanted.after }), controller.signal).then(
      (data) => {
        const connection = select(data);
        setPages((p) => ({
          key,
          nodes: [
            ...(p.key === key && wanted.after ? p.nodes : []),
            ...(connection?.edges.map((e) => e.node) ?? []),
          ],
          total: connection?.totalCount,
          cursor: connection?.pageInfo.endCursor ?? null,
          hasMore: connection?.pageInfo.hasNextPage ?? false,
          loading: false,
        }));
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setPages((p) => ({ ...p, key, loading: false, error: errorText(err) }));
      },
    );
    return () => controller.abort();
    // `variables` and `select` are rebuilt each render; `key` and `wanted` say when to fetch.
  }, [key, wanted, document, pageSize]);

  const current =
    pages.key === key ? pages : { nodes: [], hasMore: false, loading: true, cursor: null };
  return {
    nodes: current.nodes,
    total: "total" in current ? current.total : undefined,
    hasMore: current.hasMore,
    loading: current.loading,
    error: "error" in current ? current.error : undefined,
    loadMore: () => {
      if (pages.key === key && pages.cursor && pages.hasMore && !pages.loading)
        setWanted({ key, after: pages.cursor });
    },
  };
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
