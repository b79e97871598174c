// One repository per domain: the only code that turns the API's questions into MongoDB queries.
import type { Db } from "mongodb";
import { collections } from "../../db/collections.js";
import { articleRepository } from "./article.repository.js";
import { countryRepository } from "./country.repository.js";
import { documentRepository } from "./document.repository.js";
import { personRepository } from "./person.repository.js";
import { searchRepository } from "./search.repository.js";
import { statementRepository } from "./statement.repository.js";
import { visitRepository } from "./visit.repository.js";

export type Repositories = ReturnType<typeof createRepositories>;

export function createRepositories(db: Db) {
  const cols = collections(db);
  return {
    articles: articleRepository(cols),
    countries: countryRepository(cols),
    documents: documentRepository(cols),
    people: personRepository(cols),
    search: searchRepository(cols),
    statements: statementRepository(cols),
    visits: visitRepository(cols),
  };
}
