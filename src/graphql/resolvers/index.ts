// Every resolver, merged into the one map the server is built with.
import type { Resolvers } from "../__generated__/resolvers-types.js";
import { DateScalar, DateTimeScalar } from "../scalars.js";
import { Article } from "./article.resolvers.js";
import { connectionResolvers } from "./connection.resolvers.js";
import { BilateralRelations, Country, Partner } from "./country.resolvers.js";
import { SignedDocument } from "./document.resolvers.js";
import { enumResolvers } from "./enum.resolvers.js";
import { Evidence } from "./evidence.resolvers.js";
import { Mutation } from "./mutation.resolvers.js";
import { nodeResolvers } from "./node.resolvers.js";
import { Person } from "./person.resolvers.js";
import { Query } from "./query.resolvers.js";
import { Statement } from "./statement.resolvers.js";
import { Visit, VisitFlow } from "./visit.resolvers.js";

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  ...enumResolvers,
  ...nodeResolvers,
  ...connectionResolvers,
  Query,
  Mutation,
  Country,
  Partner,
  BilateralRelations,
  Person,
  Visit,
  VisitFlow,
  Statement,
  SignedDocument,
  Article,
  Evidence,
};
