// Where a person is named: the spans their mentions hold in the articles naming them.
import type { EvidenceRef } from "../../db/types.js";
import type { DataSources } from "./index.js";

export async function personEvidence(ds: DataSources, personId: string): Promise<EvidenceRef[]> {
  const articles = await ds.articlesByPerson.load(personId);
  const ids = articles.map((a) => a._id);
  if (ids.length === 0) return [];
  const mentions = await ds.cols.mentions
    .find({ entityId: personId, articleId: { $in: ids } })
    .toArray();
  mentions.sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0));
  return mentions.flatMap((m) =>
    m.kind === "person"
      ? m.person.spans.map((s) => ({ articleId: m.articleId, start: s.start, end: s.end }))
      : [],
  );
}
