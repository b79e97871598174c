// Which stored visit mentions a batch's reports may be clustered with: those of the same state
// pairs near the days the batch adds or removes, not every report of the pair.
import type { Collection } from "mongodb";
import type { MentionDoc } from "../db/types.js";
import type { Mention } from "./derive.js";

function visitsOf(mentions: MentionDoc[]): Mention<"visit">[] {
  return mentions.filter((m): m is Mention<"visit"> => m.kind === "visit");
}

/** Stored mentions of other articles that may share a visit with the batch's old or new ones. */
export async function visitWindowMentions(
  mentions: Collection<MentionDoc>,
  inBatch: ReadonlySet<string>,
  old: MentionDoc[],
  fresh: MentionDoc[],
): Promise<Mention<"visit">[]> {
  const pairs = [...new Set(visitsOf([...old, ...fresh]).map((m) => m.group))];
  if (pairs.length === 0) return [];
  const found = await mentions.find({ kind: "visit", group: { $in: pairs } }).toArray();
  return visitsOf(found).filter((m) => !inBatch.has(m.articleId));
}
