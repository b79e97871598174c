/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Search($query: String!, $first: Int) {\n  search(query: $query, first: $first) {\n    __typename\n    ... on Person {\n      id\n      name\n      aliases\n      role\n      country {\n        code\n      }\n    }\n    ... on SignedDocument {\n      id\n      title\n      kind\n    }\n    ... on Statement {\n      id\n      text\n      language\n      speaker {\n        name\n      }\n    }\n    ... on Article {\n      id\n      headline: title\n      publishedOn\n    }\n  }\n}": typeof types.SearchDocument,
    "query PersonStatements($id: ID!, $first: Int, $after: String) {\n  person(id: $id) {\n    name\n    statements(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          kind\n          language\n          text\n          quote {\n            start\n            end\n            excerpt\n            article {\n              title\n              url\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.PersonStatementsDocument,
    "query BilateralVisits($a: String!, $b: String!, $first: Int) {\n  relations(a: $a, b: $b) {\n    a {\n      code\n      name(lang: EN)\n    }\n    b {\n      code\n      name(lang: EN)\n    }\n    visits(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          level\n          status\n          startDate\n          city\n          guestCountry {\n            code\n          }\n          hostCountry {\n            code\n          }\n          guest {\n            name\n          }\n          host {\n            name\n          }\n          documents(first: 10) {\n            edges {\n              node {\n                title\n                kind\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.BilateralVisitsDocument,
};
const documents: Documents = {
    "query Search($query: String!, $first: Int) {\n  search(query: $query, first: $first) {\n    __typename\n    ... on Person {\n      id\n      name\n      aliases\n      role\n      country {\n        code\n      }\n    }\n    ... on SignedDocument {\n      id\n      title\n      kind\n    }\n    ... on Statement {\n      id\n      text\n      language\n      speaker {\n        name\n      }\n    }\n    ... on Article {\n      id\n      headline: title\n      publishedOn\n    }\n  }\n}": types.SearchDocument,
    "query PersonStatements($id: ID!, $first: Int, $after: String) {\n  person(id: $id) {\n    name\n    statements(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          kind\n          language\n          text\n          quote {\n            start\n            end\n            excerpt\n            article {\n              title\n              url\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.PersonStatementsDocument,
    "query BilateralVisits($a: String!, $b: String!, $first: Int) {\n  relations(a: $a, b: $b) {\n    a {\n      code\n      name(lang: EN)\n    }\n    b {\n      code\n      name(lang: EN)\n    }\n    visits(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          level\n          status\n          startDate\n          city\n          guestCountry {\n            code\n          }\n          hostCountry {\n            code\n          }\n          guest {\n            name\n          }\n          host {\n            name\n          }\n          documents(first: 10) {\n            edges {\n              node {\n                title\n                kind\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.BilateralVisitsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($query: String!, $first: Int) {\n  search(query: $query, first: $first) {\n    __typename\n    ... on Person {\n      id\n      name\n      aliases\n      role\n      country {\n        code\n      }\n    }\n    ... on SignedDocument {\n      id\n      title\n      kind\n    }\n    ... on Statement {\n      id\n      text\n      language\n      speaker {\n        name\n      }\n    }\n    ... on Article {\n      id\n      headline: title\n      publishedOn\n    }\n  }\n}"): (typeof documents)["query Search($query: String!, $first: Int) {\n  search(query: $query, first: $first) {\n    __typename\n    ... on Person {\n      id\n      name\n      aliases\n      role\n      country {\n        code\n      }\n    }\n    ... on SignedDocument {\n      id\n      title\n      kind\n    }\n    ... on Statement {\n      id\n      text\n      language\n      speaker {\n        name\n      }\n    }\n    ... on Article {\n      id\n      headline: title\n      publishedOn\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonStatements($id: ID!, $first: Int, $after: String) {\n  person(id: $id) {\n    name\n    statements(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          kind\n          language\n          text\n          quote {\n            start\n            end\n            excerpt\n            article {\n              title\n              url\n            }\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query PersonStatements($id: ID!, $first: Int, $after: String) {\n  person(id: $id) {\n    name\n    statements(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          kind\n          language\n          text\n          quote {\n            start\n            end\n            excerpt\n            article {\n              title\n              url\n            }\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BilateralVisits($a: String!, $b: String!, $first: Int) {\n  relations(a: $a, b: $b) {\n    a {\n      code\n      name(lang: EN)\n    }\n    b {\n      code\n      name(lang: EN)\n    }\n    visits(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          level\n          status\n          startDate\n          city\n          guestCountry {\n            code\n          }\n          hostCountry {\n            code\n          }\n          guest {\n            name\n          }\n          host {\n            name\n          }\n          documents(first: 10) {\n            edges {\n              node {\n                title\n                kind\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query BilateralVisits($a: String!, $b: String!, $first: Int) {\n  relations(a: $a, b: $b) {\n    a {\n      code\n      name(lang: EN)\n    }\n    b {\n      code\n      name(lang: EN)\n    }\n    visits(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          level\n          status\n          startDate\n          city\n          guestCountry {\n            code\n          }\n          hostCountry {\n            code\n          }\n          guest {\n            name\n          }\n          host {\n            name\n          }\n          documents(first: 10) {\n            edges {\n              node {\n                title\n                kind\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;