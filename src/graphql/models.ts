// Shapes the resolvers pass between each other where no stored document backs a GraphQL type.
import type { ArticleDoc } from "../db/types.js";

export interface PageInfoModel {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface EdgeModel<T> {
  node: T;
  cursor: string;
}

/** A page of a list; the count is computed only when a client asks for totalCount. */
export interface ConnectionModel<T> {
  edges: EdgeModel<T>[];
  pageInfo: PageInfoModel;
  totalCount: () => Promise<number> | number;
}

export interface EvidenceModel {
  articleId: string;
  start: number;
  end: number;
  rule?: string | null;
}

export interface PartnerModel {
  code: string;
  visits: number;
  documents: number;
}

export interface VisitFlowModel {
  guestCountry: string;
  hostCountry: string;
  visits: number;
}

export interface RelationsModel {
  a: string;
  b: string;
}

/** An article as lists and lookups read it: the text is loaded only when a client asks for it. */
export type ArticleModel = Omit<ArticleDoc, "text" | "searchTokens"> & { text?: string };

export interface IngestPayloadModel {
  article: ArticleModel;
  created: boolean;
}
