// Indexes behind the API's sort orders, on top of the store's own (ensureIndexes).
import type { Db } from "mongodb";
import { collections, ensureIndexes } from "../../db/collections.js";

/** Idempotent: the store's indexes plus the compound keys the API's cursors sort on. */
export async function ensureApiIndexes(db: Db): Promise<void> {
  await ensureIndexes(db);
  const c = collections(db);
  await Promise.all([
    c.people.createIndexes([{ key: { name: 1, _id: 1 }, name: "api_name" }]),
    c.statements.createIndexes([{ key: { articleId: 1, start: 1, _id: 1 }, name: "api_order" }]),
    c.documents.createIndexes([{ key: { signedOn: -1, _id: 1 }, name: "api_signedOn" }]),
    c.articles.createIndexes([
      { key: { personIds: 1 }, name: "api_personIds" },
      { key: { countryCodes: 1 }, name: "api_countryCodes" },
    ]),
  ]);
}
