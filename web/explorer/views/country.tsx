// A country's page: partners, its visits on a timeline and as lists, its people, and the documents it signed per partner.
/** @jsxImportSource preact */
import {
  CountryDocumentsDocument,
  CountryPartnersDocument,
  CountryPeopleDocument,
  CountryTitleDocument,
  CountryVisitsHostedDocument,
  CountryVisitsMadeDocument,
  type DocumentSummaryFragment,
} from "../__generated__/graphql";
import { type PagedState, usePaged, useQuery } from "../client";
import { label } from "../labels";
import { href } from "../route";
import { PageTitle } from "../title";
import { DocumentLine, Loading, PagedList, Problem, VisitLine } from "./parts";
import { Timeline } from "./timeline";

export function CountryView({ code }: { code: string }) {
  const overview = useQuery(CountryTitleDocument, { code });
  const made = usePaged(
    CountryVisitsMadeDocument,
    (page) => ({ code, ...page }),
    (r) => r.country?.visitsMade,
  );
  const hosted = usePaged(
    CountryVisitsHostedDocument,
    (page) => ({ code, ...page }),
    (r) => r.country?.visitsHosted,
  );
  const people = usePaged(
    CountryPeopleDocument,
    (page) => ({ code, ...page }),
    (r) => r.country?.people,
  );
  const documents = usePaged(
    CountryDocumentsDocument,
    (page) => ({ code, ...page }),
    (r) => r.country?.documents,
  );
  const country = overview.data?.country;
  if (overview.error) return <Problem error={overview.error} />;
  if (overview.loading) return <Loading what={`country ${code}`} />;
  if (!country) {
    return (
      <>
        <PageTitle>{code}</PageTitle>
        <p>Nothing is known about the country {code}.</p>
      </>
    );
  }
  return (
    <>
      <PageTitle>
        {country.name} <span class="code">{country.code}</span>
        {country.nameRu !== country.name ? (
          <span class="muted" lang="ru">
            {" "}
            · {country.nameRu}
          </span>
        ) : null}
      </PageTitle>
      <section class="panel" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Visits over time</h2>
        <Timeline
          made={made.nodes}
          hosted={hosted.nodes}
          total={
            made.total !== undefined && hosted.total !== undefined
              ? made.total + hosted.total
              : undefined
          }
        />
      </section>
      <div class="columns">
        <PagedList
          id="made"
          title="Visits made"
          state={made}
          item={(v) => <VisitLine key={v.id} visit={v} />}
          empty="No visits abroad found."
        />
        <PagedList
          id="hosted"
          title="Visits hosted"
          state={hosted}
          item={(v) => <VisitLine key={v.id} visit={v} />}
          empty="No visits hosted found."
        />
      </div>
      <Partners code={country.code} name={country.name} />
      <div class="columns">
        <PagedList
          id="people"
          title="People"
          state={people}
          item={(p) => (
            <li key={p.id} class="fact">
              {p.name}{" "}
              <span class="muted">{p.position ?? (p.role ? label(p.role) : "role unknown")}</span>
            </li>
          )}
          empty="No officials named."
        />
        <DocumentsByPartner code={country.code} documents={documents} />
      </div>
    </>
  );
}

function Partners({ code, name }: { code: string; name: string }) {
  const result = useQuery(CountryPartnersDocument, { code });
  const partners = result.data?.country?.partners;
  return (
    <section class="panel" aria-labelledby="partners-title">
      <h2 id="partners-title">
        Partners {partners ? <span class="count">{partners.length}</span> : null}
      </h2>
      {result.error ? <Problem error={result.error} /> : null}
      {result.loading ? <Loading what="partners" /> : null}
      {partners && partners.length === 0 ? (
        <p class="muted">No visits or documents with another country.</p>
      ) : null}
      {partners && partners.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col" class="number">
                Visits
              </th>
              <th scope="col" class="number">
                Documents
              </th>
              <th scope="col">Relations</th>
            </tr>
          </thead>
          <tbody>
            {partners.map((p) => (
              <tr key={p.country.code}>
                <td>
                  <a href={href.country(p.country.code)}>{p.country.name}</a>
                </td>
                <td class="number">{p.visits}</td>
                <td class="number">{p.documents}</td>
                <td>
                  <a href={href.relations(code, p.country.code)}>
                    {name} and {p.country.name}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/** The documents loaded so far, under each other party; a document with several parties shows under each. */
function DocumentsByPartner({
  code,
  documents,
}: {
  code: string;
  documents: PagedState<DocumentSummaryFragment>;
}) {
  const groups = new Map<string, { name: string; documents: DocumentSummaryFragment[] }>();
  for (const d of documents.nodes) {
    const others = d.countries.filter((c) => c.code !== code);
    for (const c of others.length ? others : [{ code: "", name: "No other party named" }]) {
      const group = groups.get(c.code) ?? { name: c.name, documents: [] };
      group.documents.push(d);
      groups.set(c.code, group);
    }
  }
  return (
    <section class="panel" aria-labelledby="documents-title">
      <h2 id="documents-title">
        Documents signed
        {documents.total !== undefined ? <span class="count"> {documents.total}</span> : null}
      </h2>
      {documents.error ? <Problem error={documents.error} /> : null}
      {[...groups].map(([partner, group]) => (
        <section key={partner} class="group">
          <h3>
            {partner ? <a href={href.relations(code, partner)}>With {group.name}</a> : group.name}
          </h3>
          <ul class="facts">
            {group.documents.map((d) => (
              <DocumentLine key={`${partner}:${d.id}`} document={d} />
            ))}
          </ul>
        </section>
      ))}
      {!documents.loading && !documents.error && documents.nodes.length === 0 ? (
        <p class="muted">No documents found.</p>
      ) : null}
      {documents.loading ? <Loading what="documents" /> : null}
      {documents.hasMore && !documents.loading ? (
        <button type="button" onClick={() => documents.loadMore()}>
          Show more ({documents.nodes.length} of {documents.total ?? "?"})
        </button>
      ) : null}
    </section>
  );
}
