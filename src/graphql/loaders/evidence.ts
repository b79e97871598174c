// Where a person is named: the spans their mentions hold in the facts of the articles naming them.
import type { EvidenceRef } from "../../db/types.js";
import { loadExisting } from "./batch.js";
import type { DataSources } from "./index.js";

export async function personEvidence(ds: DataSources, personId: string): Promise<EvidenceRef[]> {
  const articles = await ds.articlesByPerson.load(personId);
  const ids = articles.map((a) => a._id).sort();
  const facts = await loadExisting(ds.factsByArticle, ids);
  return facts.flatMap((f) =>
    f.mentions.flatMap((m) =>
      m.kind === "person" && m.entityId === personId
        ? m.person.spans.map((s) => ({ articleId: f._id, start: s.start, end: s.end }))
        : [],
    ),
  );
}
