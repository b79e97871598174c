// Top-level list queries: validated filters turned into plain MongoDB filters, one page each.
import type { Filter } from "mongodb";
import type {
  ArticleDoc,
  CountryDoc,
  PersonDoc,
  SignedDocumentDoc,
  StatementDoc,
  VisitDoc,
} from "../../db/types.js";
import type {
  DocumentFilter,
  PersonFilter,
  StatementFilter,
  VisitFilter,
} from "../__generated__/resolvers-types.js";
import type { ConnectionModel } from "../models.js";
import { connectionFromCollection, type PageArgs } from "../pagination.js";
import { countryCodeArg, idArg, tokensFilter } from "./arguments.js";
import type { DataSources } from "./index.js";
import {
  ARTICLE_ORDER,
  COUNTRY_ORDER,
  DOCUMENT_ORDER,
  PERSON_ORDER,
  STATEMENT_ORDER,
  VISIT_ORDER,
} from "./orderings.js";

type Clause = Record<string, unknown>;

function allOf<T>(clauses: Clause[]): Filter<T> {
  if (clauses.length === 0) return {};
  if (clauses.length === 1) return clauses[0] as Filter<T>;
  return { $and: clauses } as Filter<T>;
}

function tokensClause(argument: string, text: string | null | undefined): Clause[] {
  const filter = text == null ? null : tokensFilter(argument, text);
  return filter ? [filter] : [];
}

export function listCountries(
  ds: DataSources,
  args: PageArgs,
): Promise<ConnectionModel<CountryDoc>> {
  return connectionFromCollection(ds.cols.countries, COUNTRY_ORDER, {}, args);
}

export function peopleFilter(filter: PersonFilter | null | undefined): Filter<PersonDoc> {
  const clauses: Clause[] = [];
  if (filter?.country != null) {
    clauses.push({ countryCode: countryCodeArg("filter.country", filter.country) });
  }
  if (filter?.role != null) clauses.push({ role: filter.role });
  clauses.push(...tokensClause("filter.name", filter?.name));
  return allOf(clauses);
}

export function listPeople(
  ds: DataSources,
  filter: PersonFilter | null | undefined,
  args: PageArgs,
): Promise<ConnectionModel<PersonDoc>> {
  return connectionFromCollection(ds.cols.people, PERSON_ORDER, peopleFilter(filter), args);
}

export function visitsFilter(filter: VisitFilter | null | undefined): Filter<VisitDoc> {
  const clauses: Clause[] = [];
  if (!filter) return {};
  if (filter.country != null) {
    const code = countryCodeArg("filter.country", filter.country);
    clauses.push({ $or: [{ guestCountry: code }, { hostCountry: code }] });
  }
  if (filter.guestCountry != null) {
    clauses.push({ guestCountry: countryCodeArg("filter.guestCountry", filter.guestCountry) });
  }
  if (filter.hostCountry != null) {
    clauses.push({ hostCountry: countryCodeArg("filter.hostCountry", filter.hostCountry) });
  }
  if (filter.person != null) {
    const id = idArg(filter.person, "Person");
    clauses.push({ $or: [{ guestId: id }, { hostId: id }] });
  }
  if (filter.kind != null) clauses.push({ kind: filter.kind });
  if (filter.level != null) clauses.push({ level: filter.level });
  if (filter.status != null) clauses.push({ status: filter.status });
  if (filter.from != null) clauses.push({ startDate: { $gte: filter.from } });
  if (filter.to != null) clauses.push({ startDate: { $lte: filter.to } });
  return allOf(clauses);
}

export function listVisits(
  ds: DataSources,
  filter: VisitFilter | null | undefined,
  args: PageArgs,
): Promise<ConnectionModel<VisitDoc>> {
  return connectionFromCollection(ds.cols.visits, VISIT_ORDER, visitsFilter(filter), args);
}

export function statementsFilter(filter: StatementFilter | null | undefined): Filter<StatementDoc> {
  const clauses: Clause[] = [];
  if (!filter) return {};
  if (filter.speaker != null) clauses.push({ speakerId: idArg(filter.speaker, "Person") });
  if (filter.visit != null) clauses.push({ visitId: idArg(filter.visit, "Visit") });
  if (filter.country != null) {
    clauses.push({ speakerCountry: countryCodeArg("filter.country", filter.country) });
  }
  if (filter.language != null) clauses.push({ language: filter.language });
  if (filter.kind != null) clauses.push({ kind: filter.kind });
  clauses.push(...tokensClause("filter.text", filter.text));
  return allOf(clauses);
}

export function listStatements(
  ds: DataSources,
  filter: StatementFilter | null | undefined,
  args: PageArgs,
): Promise<ConnectionModel<StatementDoc>> {
  return connectionFromCollection(
    ds.cols.statements,
    STATEMENT_ORDER,
    statementsFilter(filter),
    args,
  );
}

export function documentsFilter(
  filter: DocumentFilter | null | undefined,
): Filter<SignedDocumentDoc> {
  const clauses: Clause[] = [];
  if (!filter) return {};
  if (filter.country != null) {
    clauses.push({ countries: countryCodeArg("filter.country", filter.country) });
  }
  if (filter.visit != null) clauses.push({ visitId: idArg(filter.visit, "Visit") });
  if (filter.kind != null) clauses.push({ kind: filter.kind });
  if (filter.status != null) clauses.push({ status: filter.status });
  clauses.push(...tokensClause("filter.text", filter.text));
  return allOf(clauses);
}

export function listDocuments(
  ds: DataSources,
  filter: DocumentFilter | null | undefined,
  args: PageArgs,
): Promise<ConnectionModel<SignedDocumentDoc>> {
  return connectionFromCollection(ds.cols.documents, DOCUMENT_ORDER, documentsFilter(filter), args);
}

export function listArticles(
  ds: DataSources,
  args: PageArgs,
): Promise<ConnectionModel<ArticleDoc>> {
  return connectionFromCollection(ds.cols.articles, ARTICLE_ORDER, {}, args);
}
