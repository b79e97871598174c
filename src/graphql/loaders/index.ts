// Per-request data access for the resolvers: batched loaders by id and by parent, and list queries.
import type { Db } from "mongodb";
import { collections } from "../../db/collections.js";
import { byIdLoader, childrenLoader } from "./batch.js";

export type DataSources = ReturnType<typeof createDataSources>;

/** Built once per request, so that a loader's cache never outlives the request that filled it. */
export function createDataSources(db: Db) {
  const cols = collections(db);
  const articleById = byIdLoader(cols.articles);
  const countryByCode = byIdLoader(cols.countries);
  const personById = byIdLoader(cols.people);
  const visitById = byIdLoader(cols.visits);
  const statementById = byIdLoader(cols.statements);
  const documentById = byIdLoader(cols.documents);
  return {
    db,
    cols,
    articleById,
    countryByCode,
    personById,
    visitById,
    statementById,
    documentById,
    articlesByPerson: childrenLoader(cols.articles, ["personIds"], articleById),
    articlesByCountry: childrenLoader(cols.articles, ["countryCodes"], articleById),
    peopleByCountry: childrenLoader(cols.people, ["countryCode"], personById),
    visitsByGuestCountry: childrenLoader(cols.visits, ["guestCountry"], visitById),
    visitsByHostCountry: childrenLoader(cols.visits, ["hostCountry"], visitById),
    visitsByCountry: childrenLoader(cols.visits, ["guestCountry", "hostCountry"], visitById),
    visitsByPerson: childrenLoader(cols.visits, ["guestId", "hostId"], visitById),
    statementsByVisit: childrenLoader(cols.statements, ["visitId"], statementById),
    statementsBySpeaker: childrenLoader(cols.statements, ["speakerId"], statementById),
    statementsByArticle: childrenLoader(cols.statements, ["articleId"], statementById),
    documentsByVisit: childrenLoader(cols.documents, ["visitId"], documentById),
    documentsByCountry: childrenLoader(cols.documents, ["countries"], documentById),
  };
}
