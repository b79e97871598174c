/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO calendar date, e.g. "2023-04-10". */
  Date: { input: string; output: string; }
  /** ISO 8601 instant in UTC, e.g. "2023-04-10T18:16:00.000Z". */
  DateTime: { input: string; output: string; }
};

export type Article = Node & {
  __typename?: 'Article';
  countries: Array<Country>;
  documents: Array<SignedDocument>;
  id: Scalars['ID']['output'];
  ingestedAt: Scalars['DateTime']['output'];
  language: Language;
  people: Array<Person>;
  publishedOn?: Maybe<Scalars['Date']['output']>;
  sourceName?: Maybe<Scalars['String']['output']>;
  statements: Array<Statement>;
  text: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
  visits: Array<Visit>;
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type BilateralRelations = {
  __typename?: 'BilateralRelations';
  a: Country;
  b: Country;
  documents: SignedDocumentConnection;
  /** Statements by officials of a or b, made during their mutual visits. */
  statements: StatementConnection;
  /** Visits in either direction, newest first. */
  visits: VisitConnection;
};


export type BilateralRelationsDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type BilateralRelationsStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type BilateralRelationsVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Country = Node & {
  __typename?: 'Country';
  /** ISO 3166-1 alpha-2 code, upper case. */
  code: Scalars['String']['output'];
  /** Documents it is a party to, newest first. */
  documents: SignedDocumentConnection;
  id: Scalars['ID']['output'];
  /** Articles that mention it, newest first. */
  mentionedIn: ArticleConnection;
  name: Scalars['String']['output'];
  /** Countries it has visits or documents with, most active first. */
  partners: Array<Partner>;
  /** Its officials. */
  people: PersonConnection;
  /** Visits it hosted, newest first. */
  visitsHosted: VisitConnection;
  /** Visits its officials made abroad, newest first. */
  visitsMade: VisitConnection;
};


export type CountryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CountryMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CountryNameArgs = {
  lang?: InputMaybe<Language>;
};


export type CountryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CountryVisitsHostedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CountryVisitsMadeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CountryConnection = {
  __typename?: 'CountryConnection';
  edges: Array<CountryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CountryEdge = {
  __typename?: 'CountryEdge';
  cursor: Scalars['String']['output'];
  node: Country;
};

export type DocumentFilter = {
  /** ISO code of a party state. */
  country?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<DocumentKind>;
  status?: InputMaybe<DocumentStatus>;
  /** Words of the title, in any case form. */
  text?: InputMaybe<Scalars['String']['input']>;
  visit?: InputMaybe<Scalars['ID']['input']>;
};

export type DocumentKind =
  | 'AGREEMENT'
  | 'DECLARATION'
  | 'JOINT_STATEMENT'
  | 'MEMORANDUM'
  | 'OTHER'
  | 'PLAN'
  | 'PROGRAM'
  | 'PROTOCOL'
  | 'ROADMAP'
  | 'TREATY';

export type DocumentStatus =
  | 'PLANNED'
  | 'SIGNED';

/** Where in an article a fact stands: the exact characters [start, end) of Article.text. */
export type Evidence = {
  __typename?: 'Evidence';
  article: Article;
  /** The sentence-sized surroundings of the excerpt, for display. */
  context: Scalars['String']['output'];
  end: Scalars['Int']['output'];
  /** The exact words at [start, end). */
  excerpt: Scalars['String']['output'];
  /** The id of the extraction rule that read the fact from these words, so a wrong fact can be traced; null where not recorded. */
  rule?: Maybe<Scalars['String']['output']>;
  start: Scalars['Int']['output'];
};

export type IngestArticleInput = {
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  sourceName?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type IngestArticlePayload = {
  __typename?: 'IngestArticlePayload';
  article: Article;
  /** False when the same text was stored before. */
  created: Scalars['Boolean']['output'];
};

export type Language =
  | 'EN'
  | 'KK'
  | 'RU';

export type Mutation = {
  __typename?: 'Mutation';
  /** Extracts and stores one article; the same text twice stores it once. Needs the API key (header x-api-key) when the server has one. */
  ingestArticle: IngestArticlePayload;
};


export type MutationIngestArticleArgs = {
  input: IngestArticleInput;
};

/** An object with a global, opaque id that Query.node resolves. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Partner = {
  __typename?: 'Partner';
  country: Country;
  /** Documents both are party to. */
  documents: Scalars['Int']['output'];
  /** Visits in either direction. */
  visits: Scalars['Int']['output'];
};

export type Person = Node & {
  __typename?: 'Person';
  /** Every surface form seen ("Тоқаев", "К.Токаев", ...). */
  aliases: Array<Scalars['String']['output']>;
  country?: Maybe<Country>;
  /** Where the articles name this person. */
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  mentionedIn: ArticleConnection;
  /** Canonical full name; lang picks a spelling when one is known. */
  name: Scalars['String']['output'];
  role?: Maybe<PersonRole>;
  statements: StatementConnection;
  /** Position as written, e.g. "министр иностранных дел". */
  title?: Maybe<Scalars['String']['output']>;
  /** Visits as guest or host, newest first. */
  visits: VisitConnection;
};


export type PersonMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonNameArgs = {
  lang?: InputMaybe<Language>;
};


export type PersonStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PersonFilter = {
  /** ISO code of the person's country. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Any spelling or case form of the name. */
  name?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<PersonRole>;
};

export type PersonRole =
  | 'AMBASSADOR'
  | 'DEPUTY_PRIME_MINISTER'
  | 'HEAD_OF_ORGANIZATION'
  | 'MINISTER'
  | 'OTHER'
  | 'PRESIDENT'
  | 'PRIME_MINISTER'
  | 'VICE_PRESIDENT';

export type Query = {
  __typename?: 'Query';
  article?: Maybe<Article>;
  /** Newest first (publication date descending, then id). */
  articles: ArticleConnection;
  /** Countries known to the graph, by code. */
  countries: CountryConnection;
  /** A country by ISO 3166-1 alpha-2 code in any case; null when nothing is known about it. */
  country?: Maybe<Country>;
  document?: Maybe<SignedDocument>;
  /** Newest first (signing date descending, then id). */
  documents: SignedDocumentConnection;
  /** Any object by its global id; null when no object has this id. */
  node?: Maybe<Node>;
  /** Several objects by global id, in the order asked; null for unknown ids. */
  nodes: Array<Maybe<Node>>;
  /** People by name. */
  people: PersonConnection;
  person?: Maybe<Person>;
  /** Two countries' visits, documents and statements; codes in either order. */
  relations: BilateralRelations;
  /** Search across people, documents, statements and articles: any case ending, Russian or Kazakh spelling. */
  search: Array<SearchHit>;
  statement?: Maybe<Statement>;
  /** In article order. */
  statements: StatementConnection;
  visit?: Maybe<Visit>;
  /** Visits counted per guest and host country, most first: the whole network in one answer. */
  visitFlows: Array<VisitFlow>;
  /** Newest first (start date descending, then id). */
  visits: VisitConnection;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCountriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCountryArgs = {
  code: Scalars['String']['input'];
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRelationsArgs = {
  a: Scalars['String']['input'];
  b: Scalars['String']['input'];
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchHitType>>;
};


export type QueryStatementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVisitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVisitFlowsArgs = {
  filter?: InputMaybe<VisitFilter>;
};


export type QueryVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VisitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SearchHit = Article | Person | SignedDocument | Statement;

export type SearchHitType =
  | 'ARTICLE'
  | 'DOCUMENT'
  | 'PERSON'
  | 'STATEMENT';

export type SignedDocument = Node & {
  __typename?: 'SignedDocument';
  countries: Array<Country>;
  /** Where the articles name it. */
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  parties: Array<Scalars['String']['output']>;
  signatories: Array<Person>;
  signedOn?: Maybe<Scalars['Date']['output']>;
  sources: Array<Article>;
  status: DocumentStatus;
  title: Scalars['String']['output'];
  /** The visit during which it was signed. */
  visit?: Maybe<Visit>;
};

export type SignedDocumentConnection = {
  __typename?: 'SignedDocumentConnection';
  edges: Array<SignedDocumentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SignedDocumentEdge = {
  __typename?: 'SignedDocumentEdge';
  cursor: Scalars['String']['output'];
  node: SignedDocument;
};

export type Statement = Node & {
  __typename?: 'Statement';
  article: Article;
  id: Scalars['ID']['output'];
  kind: StatementKind;
  language: Language;
  /** Where in the article the words stand. */
  quote: Evidence;
  speaker?: Maybe<Person>;
  text: Scalars['String']['output'];
  visit?: Maybe<Visit>;
};

export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: Statement;
};

export type StatementFilter = {
  /** ISO code of the speaker's country. */
  country?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<StatementKind>;
  language?: InputMaybe<Language>;
  speaker?: InputMaybe<Scalars['ID']['input']>;
  /** Words the statement contains, in any case form. */
  text?: InputMaybe<Scalars['String']['input']>;
  visit?: InputMaybe<Scalars['ID']['input']>;
};

export type StatementKind =
  | 'DIRECT'
  | 'INDIRECT';

export type Visit = Node & {
  __typename?: 'Visit';
  city?: Maybe<Scalars['String']['output']>;
  /** Documents signed during this visit. */
  documents: SignedDocumentConnection;
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Where the articles report it. */
  evidence: Array<Evidence>;
  guest?: Maybe<Person>;
  guestCountry: Country;
  host?: Maybe<Person>;
  hostCountry: Country;
  id: Scalars['ID']['output'];
  kind: VisitKind;
  level: VisitLevel;
  /** Every article that reports it (one visit, many reports). */
  sources: Array<Article>;
  startDate?: Maybe<Scalars['Date']['output']>;
  statements: StatementConnection;
  status: VisitStatus;
};


export type VisitDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type VisitStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type VisitConnection = {
  __typename?: 'VisitConnection';
  edges: Array<VisitEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VisitEdge = {
  __typename?: 'VisitEdge';
  cursor: Scalars['String']['output'];
  node: Visit;
};

export type VisitFilter = {
  /** As guest or host. */
  country?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  guestCountry?: InputMaybe<Scalars['String']['input']>;
  hostCountry?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<VisitKind>;
  level?: InputMaybe<VisitLevel>;
  /** Visits with a guest or host of this id. */
  person?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<VisitStatus>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** How many visits one country's officials made to another's: an edge of the visit network. */
export type VisitFlow = {
  __typename?: 'VisitFlow';
  guestCountry: Country;
  hostCountry: Country;
  visits: Scalars['Int']['output'];
};

export type VisitKind =
  | 'OFFICIAL'
  | 'STATE'
  | 'UNOFFICIAL'
  | 'UNSPECIFIED'
  | 'WORKING';

export type VisitLevel =
  | 'HEAD_OF_GOVERNMENT'
  | 'HEAD_OF_STATE'
  | 'MINISTER'
  | 'OTHER';

export type VisitStatus =
  /** Reported as having taken place or under way. */
  | 'COMPLETED'
  /** Announced for the future. */
  | 'PLANNED';

export type SearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchQuery = { __typename?: 'Query', search: Array<
    | { __typename: 'Article', id: string, publishedOn?: string | null, headline?: string | null }
    | { __typename: 'Person', id: string, name: string, aliases: Array<string>, role?: PersonRole | null, country?: { __typename?: 'Country', code: string } | null }
    | { __typename: 'SignedDocument', id: string, title: string, kind: DocumentKind }
    | { __typename: 'Statement', id: string, text: string, language: Language, speaker?: { __typename?: 'Person', name: string } | null }
  > };

export type PersonStatementsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PersonStatementsQuery = { __typename?: 'Query', person?: { __typename?: 'Person', name: string, statements: { __typename?: 'StatementConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', kind: StatementKind, language: Language, text: string, quote: { __typename?: 'Evidence', start: number, end: number, excerpt: string, article: { __typename?: 'Article', title?: string | null, url?: string | null } } } }> } } | null };

export type BilateralVisitsQueryVariables = Exact<{
  a: Scalars['String']['input'];
  b: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BilateralVisitsQuery = { __typename?: 'Query', relations: { __typename?: 'BilateralRelations', a: { __typename?: 'Country', code: string, name: string }, b: { __typename?: 'Country', code: string, name: string }, visits: { __typename?: 'VisitConnection', totalCount: number, edges: Array<{ __typename?: 'VisitEdge', node: { __typename?: 'Visit', id: string, kind: VisitKind, level: VisitLevel, status: VisitStatus, startDate?: string | null, city?: string | null, guestCountry: { __typename?: 'Country', code: string }, hostCountry: { __typename?: 'Country', code: string }, guest?: { __typename?: 'Person', name: string } | null, host?: { __typename?: 'Person', name: string } | null, documents: { __typename?: 'SignedDocumentConnection', edges: Array<{ __typename?: 'SignedDocumentEdge', node: { __typename?: 'SignedDocument', title: string, kind: DocumentKind } }> } } }> } } };


export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignedDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"headline"},"name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const PersonStatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonStatements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonStatementsQuery, PersonStatementsQueryVariables>;
export const BilateralVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BilateralVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"a"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"b"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"guestCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BilateralVisitsQuery, BilateralVisitsQueryVariables>;