// Per-request data access for the resolvers: batched loaders by id, and the domain repositories.
import type { Db } from "mongodb";
import { createRepositories } from "../repositories/index.js";
import { byIdLoader, listLoader } from "./batch.js";

export type DataSources = ReturnType<typeof createDataSources>;

/** Built once per request, so that a loader's cache never outlives the request that filled it. */
export function createDataSources(db: Db) {
  const repos = createRepositories(db);
  return {
    db,
    repos,
    articleById: byIdLoader(repos.articles.byIds),
    articleText: byIdLoader(repos.articles.texts),
    countryByCode: byIdLoader(repos.countries.byIds),
    personById: byIdLoader(repos.people.byIds),
    visitById: byIdLoader(repos.visits.byIds),
    statementById: byIdLoader(repos.statements.byIds),
    documentById: byIdLoader(repos.documents.byIds),
    statementsByArticle: listLoader(repos.statements.ofArticles),
  };
}
