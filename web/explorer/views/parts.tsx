// Pieces every view shares: a visit, a document, a statement and a piece of evidence as one line each, and paged lists.
/** @jsxImportSource preact */
import type { ComponentChildren } from "preact";
import type {
  CountryNameFragment,
  DocumentSummaryFragment,
  EvidenceFieldsFragment,
  PersonNameFragment,
  StatementSummaryFragment,
  VisitSummaryFragment,
} from "../__generated__/graphql";
import type { PagedState } from "../client";
import { KIND_COLOURS, label, TENSE } from "../labels";
import { href } from "../route";

export function Loading({ what }: { what: string }) {
  return (
    <p class="status" role="status">
      Loading {what}…
    </p>
  );
}

export function Problem({ error }: { error: string }) {
  return (
    <p class="problem" role="alert">
      {error}
    </p>
  );
}

export function CountryLink({ country }: { country: CountryNameFragment }) {
  return (
    <a href={href.country(country.code)}>
      {country.name} <span class="code">{country.code}</span>
    </a>
  );
}

export function PersonText({ person }: { person: PersonNameFragment | null | undefined }) {
  if (!person) return <span class="muted">unnamed</span>;
  const role = person.position ?? (person.role ? label(person.role) : null);
  return (
    <span>
      {person.name}
      {role ? <span class="muted"> ({role})</span> : null}
    </span>
  );
}

export function dateText(start?: string | null, end?: string | null): string {
  if (!start) return "undated";
  return end && end !== start ? `${start} – ${end}` : start;
}

export function KindBadge({ kind }: { kind: VisitSummaryFragment["kind"] }) {
  return (
    <span class="badge" style={{ borderColor: KIND_COLOURS[kind], color: KIND_COLOURS[kind] }}>
      {label(kind)}
    </span>
  );
}

export function VisitLine({ visit }: { visit: VisitSummaryFragment }) {
  return (
    <li class={`fact visit ${visit.status === "PLANNED" ? "planned" : ""}`}>
      <a class="fact-title" href={href.visit(visit.id)}>
        <time>{dateText(visit.startDate, visit.endDate)}</time> {label(visit.kind)} visit:{" "}
        {visit.guestCountry.name} → {visit.hostCountry.name}
      </a>{" "}
      <KindBadge kind={visit.kind} /> <span class="muted">{label(visit.level)}</span>{" "}
      <span class={`tense ${visit.status.toLowerCase()}`}>
        {TENSE[visit.status] ?? visit.status}
      </span>
      {visit.city ? <span class="muted"> · {visit.city}</span> : null}
      <div class="people">
        <PersonText person={visit.guest} /> <span aria-hidden="true">→</span>
        <span class="sr-only">visiting</span> <PersonText person={visit.host} />
      </div>
    </li>
  );
}

export function DocumentLine({ document }: { document: DocumentSummaryFragment }) {
  return (
    <li class="fact document">
      <a class="fact-title" href={href.document(document.id)}>
        {document.title}
      </a>{" "}
      <span class="badge neutral">{label(document.documentKind)}</span>{" "}
      <span class={`tense ${document.status.toLowerCase()}`}>
        {TENSE[document.status] ?? document.status}
      </span>
      {document.signedOn ? <time class="muted"> {document.signedOn}</time> : null}
      <div class="muted">
        Parties: {document.countries.map((c) => c.name).join(", ") || "not named"}
      </div>
    </li>
  );
}

export function StatementLine({ statement }: { statement: StatementSummaryFragment }) {
  return (
    <li class="fact statement">
      <div>
        <PersonText person={statement.speaker} />{" "}
        <span class="muted">
          {statement.statementKind === "DIRECT" ? "said" : "reportedly said"} ({statement.language})
        </span>
      </div>
      <blockquote lang={statement.language.toLowerCase()}>{statement.text}</blockquote>
      <EvidenceLink evidence={statement.quote}>See it in the article</EvidenceLink>
    </li>
  );
}

export function articleName(article: EvidenceFieldsFragment["article"]): string {
  const title = article.title ?? "an untitled article";
  const meta = [article.sourceName, article.publishedOn].filter(Boolean).join(", ");
  return meta ? `${title} (${meta})` : title;
}

export function EvidenceLink({
  evidence,
  children,
}: {
  evidence: EvidenceFieldsFragment;
  children: ComponentChildren;
}) {
  return (
    <a class="evidence-link" href={href.article(evidence.article.id, evidence)}>
      {children}
    </a>
  );
}

/** The sentence an article says a fact in, with the fact's own words marked. */
export function EvidenceItem({ evidence }: { evidence: EvidenceFieldsFragment }) {
  const at = evidence.context.indexOf(evidence.excerpt);
  return (
    <li class="evidence">
      <blockquote lang={evidence.article.language.toLowerCase()}>
        {at < 0 ? (
          evidence.context
        ) : (
          <>
            {evidence.context.slice(0, at)}
            <mark>{evidence.excerpt}</mark>
            {evidence.context.slice(at + evidence.excerpt.length)}
          </>
        )}
      </blockquote>
      <EvidenceLink evidence={evidence}>Open in {articleName(evidence.article)}</EvidenceLink>
      {evidence.rule ? (
        <span class="rule">
          {" "}
          · read by rule <code>{evidence.rule}</code>
        </span>
      ) : null}
    </li>
  );
}

export function PagedList<Node>({
  title,
  state,
  item,
  empty,
  id,
}: {
  title: string;
  state: PagedState<Node>;
  item: (node: Node) => ComponentChildren;
  empty: string;
  id?: string;
}) {
  return (
    <section class="panel" aria-labelledby={id ? `${id}-title` : undefined}>
      <h2 id={id ? `${id}-title` : undefined}>
        {title}
        {state.total !== undefined ? <span class="count"> {state.total}</span> : null}
      </h2>
      {state.error ? <Problem error={state.error} /> : null}
      {state.nodes.length > 0 ? (
        <ul class="facts">{state.nodes.map(item)}</ul>
      ) : !state.loading && !state.error ? (
        <p class="muted">{empty}</p>
      ) : null}
      {state.loading ? <Loading what={title.toLowerCase()} /> : null}
      {state.hasMore && !state.loading ? (
        <button type="button" onClick={() => state.loadMore()}>
          Show more ({state.nodes.length} of {state.total ?? "?"})
        </button>
      ) : null}
    </section>
  );
}
