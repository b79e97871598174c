// A small typed client: three operations from examples/operations, sent to a running server.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import {
  BilateralVisitsDocument,
  PersonStatementsDocument,
  SearchDocument,
} from "./__generated__/graphql.js";

// The server's address: an explicit URL (argument or DIPLOGRAPH_URL), else the PORT it was started with.
const endpoint =
  process.argv[2] ||
  process.env.DIPLOGRAPH_URL ||
  `http://localhost:${process.env.PORT || "4000"}/graphql`;

/** Says which address failed and how to point the client elsewhere, not just "fetch failed". */
class UnreachableError extends Error {
  constructor(cause: unknown) {
    const code = (cause as { cause?: { code?: string } }).cause?.code;
    super(
      `cannot reach the diplograph server at ${endpoint}${code ? ` (${code})` : ""}: start it with \`npm start\`, or give its address: npm run example -- http://HOST:PORT/graphql (or set PORT / DIPLOGRAPH_URL)`,
    );
  }
}

/** Sends one operation; the result and variables are typed by the generated document. */
async function request<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: print(document), variables }),
    });
  } catch (err) {
    throw new UnreachableError(err);
  }
  const body = (await response.json()) as { data?: Result; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(
      `${endpoint} answered ${response.status}: ${body.errors?.map((e) => e.message).join("; ")}`,
    );
  }
  return body.data;
}

function show(title: string, value: unknown): void {
  process.stdout.write(`\n# ${title}\n${JSON.stringify(value, null, 2)}\n`);
}

async function main(): Promise<void> {
  const { relations } = await request(BilateralVisitsDocument, { a: "KZ", b: "AZ", first: 5 });
  show(
    `Visits between ${relations.a.name} and ${relations.b.name} (${relations.visits.totalCount})`,
    relations.visits.edges.map(({ node }) => ({
      date: node.startDate,
      from: node.guestCountry.code,
      to: node.hostCountry.code,
      kind: node.kind,
      status: node.status,
      guest: node.guest?.name ?? null,
      host: node.host?.name ?? null,
      documents: node.documents.edges.map((e) => e.node.title),
    })),
  );

  const { search } = await request(SearchDocument, { query: "Токаеву", first: 5 });
  show(
    'Search "Токаеву"',
    search.map((hit) => ({ type: hit.__typename, ...hit })),
  );

  const person = search.find((hit) => hit.__typename === "Person");
  if (person?.__typename !== "Person") {
    show("Statements", "no person found; load the seeds first");
    return;
  }
  const data = await request(PersonStatementsDocument, { id: person.id, first: 3 });
  show(
    `Statements by ${data.person?.name} (${data.person?.statements.totalCount ?? 0})`,
    data.person?.statements.edges.map(({ node }) => ({
      language: node.language,
      said: node.quote.excerpt,
      source: node.quote.article.title ?? node.quote.article.url,
    })),
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
