// Node ids and the abstract types (Node, SearchHit): which GraphQL type a stored document is.
import type {
  CountryDoc,
  PersonDoc,
  SignedDocumentDoc,
  StatementDoc,
  VisitDoc,
} from "../../db/types.js";
import type { GraphQLContext } from "../context.js";
import { fromGlobalId, type NodeType } from "../ids.js";
import type { ArticleModel } from "../models.js";

export type NodeDoc =
  | ArticleModel
  | CountryDoc
  | PersonDoc
  | SignedDocumentDoc
  | StatementDoc
  | VisitDoc;

/** Told apart by fields only one stored shape has, not by id prefixes the store may change. */
export function nodeTypeOf(doc: NodeDoc): NodeType {
  if ("contentHash" in doc) return "Article";
  if ("aliases" in doc) return "Person";
  if ("guestCountry" in doc) return "Visit";
  if ("speakerId" in doc) return "Statement";
  if ("signatoryIds" in doc) return "SignedDocument";
  return "Country";
}

export async function loadNode(ctx: GraphQLContext, id: string): Promise<NodeDoc | null> {
  const decoded = fromGlobalId(id);
  if (!decoded) return null;
  const ds = ctx.data;
  switch (decoded.type) {
    case "Country":
      return ds.countryByCode.load(decoded.rawId);
    case "Person":
      return ds.personById.load(decoded.rawId);
    case "Visit":
      return ds.visitById.load(decoded.rawId);
    case "Statement":
      return ds.statementById.load(decoded.rawId);
    case "SignedDocument":
      return ds.documentById.load(decoded.rawId);
    case "Article":
      return ds.articleById.load(decoded.rawId);
  }
}

export const nodeResolvers = {
  Node: { __resolveType: (doc: NodeDoc) => nodeTypeOf(doc) },
  SearchHit: {
    __resolveType: (doc: ArticleModel | PersonDoc | SignedDocumentDoc | StatementDoc) =>
      nodeTypeOf(doc) as "Article" | "Person" | "SignedDocument" | "Statement",
  },
};
