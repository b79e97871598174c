// Connection fields shared by every list: totalCount is counted only when asked for.
import type { ConnectionModel } from "../models.js";

const connection = {
  totalCount: <T>(c: ConnectionModel<T>) => c.totalCount(),
};

export const connectionResolvers = {
  CountryConnection: connection,
  PersonConnection: connection,
  VisitConnection: connection,
  StatementConnection: connection,
  SignedDocumentConnection: connection,
  ArticleConnection: connection,
};
