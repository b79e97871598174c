// One visit or document with the words of every article that reports it.
/** @jsxImportSource preact */
import {
  DocumentDetailDocument,
  VisitDetailDocument,
  VisitDocumentsDocument,
  VisitStatementsDocument,
} from "../__generated__/graphql";
import { usePaged, useQuery } from "../client";
import { label, TENSE } from "../labels";
import { href } from "../route";
import { PageTitle } from "../title";
import {
  CountryLink,
  DocumentLine,
  dateText,
  EvidenceItem,
  KindBadge,
  Loading,
  PagedList,
  PersonText,
  Problem,
  StatementLine,
  VisitLine,
} from "./parts";

export function VisitView({ id }: { id: string }) {
  const result = useQuery(VisitDetailDocument, { id });
  const documents = usePaged(
    VisitDocumentsDocument,
    (page) => ({ id, ...page }),
    (r) => r.visit?.documents,
  );
  const statements = usePaged(
    VisitStatementsDocument,
    (page) => ({ id, ...page }),
    (r) => r.visit?.statements,
  );
  if (result.error) return <Problem error={result.error} />;
  if (result.loading) return <Loading what="the visit" />;
  const visit = result.data?.visit;
  if (!visit) return <p>No visit has this id.</p>;
  return (
    <>
      <PageTitle>
        {label(visit.kind)} visit: {visit.guestCountry.name} → {visit.hostCountry.name}
      </PageTitle>
      <dl class="facts-table">
        <dt>When</dt>
        <dd>
          {dateText(visit.startDate, visit.endDate)}{" "}
          <span class={`tense ${visit.status.toLowerCase()}`}>{TENSE[visit.status]}</span>
        </dd>
        <dt>Kind</dt>
        <dd>
          <KindBadge kind={visit.kind} /> {label(visit.level)}
        </dd>
        <dt>Guest</dt>
        <dd>
          <PersonText person={visit.guest} /> · <CountryLink country={visit.guestCountry} />
        </dd>
        <dt>Host</dt>
        <dd>
          <PersonText person={visit.host} /> · <CountryLink country={visit.hostCountry} />
        </dd>
        <dt>Where</dt>
        <dd>{visit.city ?? "not named"}</dd>
        <dt>Between the two</dt>
        <dd>
          <a href={href.relations(visit.guestCountry.code, visit.hostCountry.code)}>
            All visits, documents and statements
          </a>
        </dd>
      </dl>
      <section class="panel" aria-labelledby="evidence-title">
        <h2 id="evidence-title">
          Evidence <span class="count">{visit.evidence.length}</span>
        </h2>
        <ul class="facts">
          {visit.evidence.map((e) => (
            <EvidenceItem key={`${e.article.id}:${e.start}`} evidence={e} />
          ))}
        </ul>
      </section>
      <div class="columns">
        <PagedList
          id="signed"
          title="Documents signed"
          state={documents}
          item={(d) => <DocumentLine key={d.id} document={d} />}
          empty="No documents signed during this visit."
        />
        <PagedList
          id="said"
          title="Statements"
          state={statements}
          item={(st) => <StatementLine key={st.id} statement={st} />}
          empty="No statements made during this visit."
        />
      </div>
    </>
  );
}

export function DocumentView({ id }: { id: string }) {
  const result = useQuery(DocumentDetailDocument, { id });
  if (result.error) return <Problem error={result.error} />;
  if (result.loading) return <Loading what="the document" />;
  const document = result.data?.document;
  if (!document) return <p>No document has this id.</p>;
  return (
    <>
      <PageTitle>{document.title}</PageTitle>
      <dl class="facts-table">
        <dt>Kind</dt>
        <dd>{label(document.documentKind)}</dd>
        <dt>Status</dt>
        <dd>
          <span class={`tense ${document.status.toLowerCase()}`}>{TENSE[document.status]}</span>
          {document.signedOn ? ` on ${document.signedOn}` : ""}
        </dd>
        <dt>Parties</dt>
        <dd>
          {document.countries.map((c, i) => (
            <span key={c.code}>
              {i ? ", " : ""}
              <CountryLink country={c} />
            </span>
          ))}
        </dd>
        <dt>Signed by</dt>
        <dd>
          {document.signatories.length
            ? document.signatories.map((p, i) => (
                <span key={p.id}>
                  {i ? ", " : ""}
                  <PersonText person={p} />
                </span>
              ))
            : "not named"}
        </dd>
      </dl>
      {document.visit ? (
        <section class="panel">
          <h2>During the visit</h2>
          <ul class="facts">
            <VisitLine visit={document.visit} />
          </ul>
        </section>
      ) : null}
      <section class="panel" aria-labelledby="evidence-title">
        <h2 id="evidence-title">
          Evidence <span class="count">{document.evidence.length}</span>
        </h2>
        <ul class="facts">
          {document.evidence.map((e) => (
            <EvidenceItem key={`${e.article.id}:${e.start}`} evidence={e} />
          ))}
        </ul>
      </section>
    </>
  );
}
