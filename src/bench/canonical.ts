// The three canonical read queries, as GraphQL operations and as the same reads done directly with the driver.
import type { Db, Document, Filter } from "mongodb";
import { collections } from "../db/collections.js";
import type { SignedDocumentDoc, StatementDoc, VisitDoc } from "../db/types.js";
import { searchTokenGroups } from "../store/search-tokens.js";

export interface CanonicalParams {
  /** The country whose hosted visits are listed. */
  country: string;
  /** The pair of countries whose relations are listed. */
  pair: [string, string];
  /** Words searched for across people, documents, statements and articles. */
  search: string;
}

export interface CanonicalQuery {
  name: "country" | "relations" | "search";
  description: string;
  query: string;
  variables: Record<string, unknown>;
  /** The same data read with the driver alone: the bound an API over this store can approach. */
  direct(db: Db): Promise<unknown>;
  /** The main finds of the query, to check with explain that they use indexes. */
  finds(db: Db): { collection: string; filter: Document; sort: Document }[];
}

const PAGE = 10;
const STATEMENTS_PER_VISIT = 5;

const COUNTRY_QUERY = `query CountryVisits($code: String!) {
  country(code: $code) {
    code
    name
    visitsHosted(first: ${PAGE}) {
      totalCount
      edges {
        node {
          startDate
          kind
          level
          city
          guestCountry { code }
          guest { name }
          statements(first: ${STATEMENTS_PER_VISIT}) {
            edges { node { kind text speaker { name } } }
          }
        }
      }
    }
  }
}`;

const RELATIONS_QUERY = `query Relations($a: String!, $b: String!) {
  relations(a: $a, b: $b) {
    visits(first: ${PAGE}) {
      totalCount
      edges {
        node {
          startDate
          kind
          status
          guest { name }
          host { name }
          documents(first: ${PAGE}) { edges { node { title kind } } }
        }
      }
    }
    documents(first: ${PAGE}) {
      totalCount
      edges { node { title kind status signedOn } }
    }
  }
}`;

const SEARCH_QUERY = `query Search($q: String!) {
  search(query: $q, first: ${PAGE}) {
    __typename
    ... on Person { name country { code } }
    ... on SignedDocument { title kind }
    ... on Statement { text speaker { name } }
    ... on Article { headline: title publishedOn }
  }
}`;

const VISIT_SORT = { startDate: -1, _id: 1 } as const;
const DOCUMENT_SORT = { signedOn: -1, _id: 1 } as const;
const SEARCH_SORT = { tokenCount: 1, _id: 1 } as const;

/** Every word in one of its forms, as the API's search asks. */
function searchFilter(text: string): Document {
  return { $and: searchTokenGroups(text).map((forms) => ({ searchTokens: { $in: forms } })) };
}

function mutual(a: string, b: string): Filter<VisitDoc> {
  return {
    $or: [
      { guestCountry: a, hostCountry: b },
      { guestCountry: b, hostCountry: a },
    ],
  };
}

function ids(xs: (string | null)[]): string[] {
  return [...new Set(xs.filter((x): x is string => x !== null))];
}

export function canonicalQueries(p: CanonicalParams): CanonicalQuery[] {
  const [a, b] = p.pair;
  return [
    {
      name: "country",
      description: `country ${p.country} with its hosted visits, guests and statements`,
      query: COUNTRY_QUERY,
      variables: { code: p.country },
      async direct(db) {
        const c = collections(db);
        const filter: Filter<VisitDoc> = { hostCountry: p.country };
        const [country, visits, total] = await Promise.all([
          c.countries.findOne({ _id: p.country }),
          c.visits.find(filter).sort(VISIT_SORT).limit(PAGE).toArray(),
          c.visits.countDocuments(filter),
        ]);
        const statements = await c.statements
          .find({ visitId: { $in: visits.map((v) => v._id) } } as Filter<StatementDoc>)
          .toArray();
        const people = await c.people
          .find({
            _id: {
              $in: ids([...visits.map((v) => v.guestId), ...statements.map((s) => s.speakerId)]),
            },
          })
          .toArray();
        return { country, visits, total, statements, people };
      },
      finds: () => [
        { collection: "visits", filter: { hostCountry: p.country }, sort: VISIT_SORT },
        { collection: "countries", filter: { _id: p.country }, sort: {} },
      ],
    },
    {
      name: "relations",
      description: `relations ${a}–${b}: visits with their documents, and documents`,
      query: RELATIONS_QUERY,
      variables: { a, b },
      async direct(db) {
        const c = collections(db);
        const docFilter: Filter<SignedDocumentDoc> = { countries: { $all: [a, b] } };
        const [visits, visitTotal, documents, documentTotal] = await Promise.all([
          c.visits.find(mutual(a, b)).sort(VISIT_SORT).limit(PAGE).toArray(),
          c.visits.countDocuments(mutual(a, b)),
          c.documents.find(docFilter).sort(DOCUMENT_SORT).limit(PAGE).toArray(),
          c.documents.countDocuments(docFilter),
        ]);
        const [people, visitDocuments] = await Promise.all([
          c.people
            .find({ _id: { $in: ids(visits.flatMap((v) => [v.guestId, v.hostId])) } })
            .toArray(),
          c.documents.find({ visitId: { $in: visits.map((v) => v._id) } }).toArray(),
        ]);
        return { visits, visitTotal, documents, documentTotal, people, visitDocuments };
      },
      finds: () => [
        { collection: "visits", filter: mutual(a, b) as Document, sort: VISIT_SORT },
        { collection: "documents", filter: { countries: { $all: [a, b] } }, sort: DOCUMENT_SORT },
      ],
    },
    {
      name: "search",
      description: `search "${p.search}"`,
      query: SEARCH_QUERY,
      variables: { q: p.search },
      async direct(db) {
        const c = collections(db);
        const filter = searchFilter(p.search);
        const [people, documents, statements, articles] = await Promise.all([
          c.people.find(filter).sort(SEARCH_SORT).limit(PAGE).toArray(),
          c.documents.find(filter).sort(SEARCH_SORT).limit(PAGE).toArray(),
          c.statements.find(filter).sort(SEARCH_SORT).limit(PAGE).toArray(),
          c.articles
            .find(filter, { projection: { text: 0, searchTokens: 0 } })
            .sort(SEARCH_SORT)
            .limit(PAGE)
            .toArray(),
        ]);
        const speakers = await c.people
          .find({ _id: { $in: ids(statements.map((s) => s.speakerId)) } })
          .toArray();
        return { people, documents, statements, articles, speakers };
      },
      finds: () =>
        ["people", "documents", "statements", "articles"].map((collection) => ({
          collection,
          filter: searchFilter(p.search),
          sort: SEARCH_SORT,
        })),
    },
  ];
}
