// The order of every list the API serves; cursors encode these keys.
import type {
  ArticleDoc,
  CountryDoc,
  PersonDoc,
  SignedDocumentDoc,
  StatementDoc,
  VisitDoc,
} from "../../db/types.js";
import type { Ordering } from "../pagination.js";

export const COUNTRY_ORDER: Ordering<CountryDoc> = { tag: "c", keys: [{ field: "_id", dir: 1 }] };

export const PERSON_ORDER: Ordering<PersonDoc> = {
  tag: "p",
  keys: [
    { field: "name", dir: 1 },
    { field: "_id", dir: 1 },
  ],
};

/** Newest first; undated visits last. */
export const VISIT_ORDER: Ordering<VisitDoc> = {
  tag: "v",
  keys: [
    { field: "startDate", dir: -1 },
    { field: "_id", dir: 1 },
  ],
};

/** In the order the articles tell them. */
export const STATEMENT_ORDER: Ordering<StatementDoc> = {
  tag: "s",
  keys: [
    { field: "articleId", dir: 1 },
    { field: "start", dir: 1 },
    { field: "_id", dir: 1 },
  ],
};

export const DOCUMENT_ORDER: Ordering<SignedDocumentDoc> = {
  tag: "d",
  keys: [
    { field: "signedOn", dir: -1 },
    { field: "_id", dir: 1 },
  ],
};

export const ARTICLE_ORDER: Ordering<ArticleDoc> = {
  tag: "a",
  keys: [
    { field: "publishedOn", dir: -1 },
    { field: "_id", dir: 1 },
  ],
};
