// GraphQL enum values ↔ the lower-case values the store keeps (see codegen.ts enumValues).
import type { Resolvers } from "../__generated__/resolvers-types.js";

export const enumResolvers: Pick<
  Resolvers,
  "Language" | "PersonRole" | "VisitKind" | "VisitLevel" | "StatementKind" | "DocumentKind"
> = {
  Language: { RU: "ru", KK: "kk", EN: "en" },
  PersonRole: {
    PRESIDENT: "president",
    PRIME_MINISTER: "prime_minister",
    VICE_PRESIDENT: "vice_president",
    DEPUTY_PRIME_MINISTER: "deputy_prime_minister",
    MINISTER: "minister",
    AMBASSADOR: "ambassador",
    HEAD_OF_ORGANIZATION: "head_of_organization",
    OTHER: "other",
  },
  VisitKind: {
    STATE: "state",
    OFFICIAL: "official",
    WORKING: "working",
    UNOFFICIAL: "unofficial",
    UNSPECIFIED: "unspecified",
  },
  VisitLevel: {
    HEAD_OF_STATE: "head_of_state",
    HEAD_OF_GOVERNMENT: "head_of_government",
    MINISTER: "minister",
    OTHER: "other",
  },
  StatementKind: { DIRECT: "direct", INDIRECT: "indirect" },
  DocumentKind: {
    MEMORANDUM: "memorandum",
    DECLARATION: "declaration",
    AGREEMENT: "agreement",
    TREATY: "treaty",
    PROTOCOL: "protocol",
    ROADMAP: "roadmap",
    PROGRAM: "program",
    PLAN: "plan",
    JOINT_STATEMENT: "joint_statement",
    OTHER: "other",
  },
};
