// Two countries side by side: the visits between them, the documents both signed and what their officials said.
/** @jsxImportSource preact */
import {
  RelationsCountriesDocument,
  RelationsDocumentsDocument,
  RelationsStatementsDocument,
  RelationsVisitsDocument,
} from "../__generated__/graphql";
import { usePaged, useQuery } from "../client";
import { href } from "../route";
import { PageTitle } from "../title";
import { DocumentLine, Loading, PagedList, Problem, StatementLine, VisitLine } from "./parts";

export function RelationsView({ a, b }: { a: string; b: string }) {
  const names = useQuery(RelationsCountriesDocument, { a, b });
  const visits = usePaged(
    RelationsVisitsDocument,
    (page) => ({ a, b, ...page }),
    (r) => r.relations.visits,
  );
  const documents = usePaged(
    RelationsDocumentsDocument,
    (page) => ({ a, b, ...page }),
    (r) => r.relations.documents,
  );
  const statements = usePaged(
    RelationsStatementsDocument,
    (page) => ({ a, b, ...page }),
    (r) => r.relations.statements,
  );
  if (names.error) return <Problem error={names.error} />;
  if (!names.data) return <Loading what="the two countries" />;
  const { a: first, b: second } = names.data.relations;
  return (
    <>
      <PageTitle>
        <a href={href.country(first.code)}>{first.name}</a> and{" "}
        <a href={href.country(second.code)}>{second.name}</a>
      </PageTitle>
      <PagedList
        id="visits"
        title="Visits between them"
        state={visits}
        item={(v) => <VisitLine key={v.id} visit={v} />}
        empty="No visits either way."
      />
      <div class="columns">
        <PagedList
          id="documents"
          title="Documents"
          state={documents}
          item={(d) => <DocumentLine key={d.id} document={d} />}
          empty="No documents both are party to."
        />
        <PagedList
          id="statements"
          title="Statements during their visits"
          state={statements}
          item={(s) => <StatementLine key={s.id} statement={s} />}
          empty="No statements."
        />
      </div>
    </>
  );
}
