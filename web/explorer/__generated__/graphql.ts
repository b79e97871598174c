/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type CountryTitleQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type CountryTitleQuery = { __typename?: 'Query', country?: { __typename?: 'Country', code: string, name: string, nameRu: string } | null };

export type CountryPartnersQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type CountryPartnersQuery = { __typename?: 'Query', country?: { __typename?: 'Country', code: string, partners: Array<{ __typename?: 'Partner', visits: number, documents: number, country: { __typename?: 'Country', code: string, name: string } }> } | null };

export type CountryVisitsMadeQueryVariables = Exact<{
  code: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CountryVisitsMadeQuery = { __typename?: 'Query', country?: { __typename?: 'Country', code: string, visitsMade: { __typename?: 'VisitConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'VisitEdge', node: { __typename?: 'Visit', id: string, kind: VisitKind, level: VisitLevel, status: VisitStatus, startDate?: string | null, endDate?: string | null, city?: string | null, guestCountry: { __typename?: 'Country', code: string, name: string }, hostCountry: { __typename?: 'Country', code: string, name: string }, guest?: { __typename?: 'Person', id: string, name: string, role?: PersonRole | null, position?: string | null } | null, host?: { __typename?: 'Person', id: string, name: string, role?: PersonRole | null, position?: string | null } | null } }> } } | null };

export type CountryVisitsHostedQueryVariables = Exact<{
  code: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CountryVisitsHostedQuery = { __typename?: 'Query', country?: { __typename?: 'Country', code: string, visitsHosted: { __typename?: 'VisitConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'VisitEdge', node: { __typename?: 'Visit', id: string, kind: VisitKind, level: VisitLevel, status: VisitStatus, startDate?: string | null, endDate?: string | null, city?: string | null, guestCountry: { __typename?: 'Country', code: string, name: string }, hostCountry: { __typename?: 'Country', code: string, name: string }, guest?: { __typename?: 'Person', id: string, name: string, role?: PersonRole | null, position?: string | null } | null, host?: { __typename?: 'Person', id: string, name: string, role?: PersonRole | null, position?: string | null } | null } }> } } | null };

export type CountryPeopleQueryVariables = Exact<{
  code: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CountryPeopleQuery = { __typename?: 'Query', country?: { __typename?: 'Country', code: string, people: { __typename?: 'PersonConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PersonEdge', node: { __typename?: 'Person', id: string, name: string, role?: PersonRole | null, position?: string | null } }> } } | null };

export type CountryDocumentsQueryVariables = Exact<{
  code: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CountryDocumentsQuery = { __typename?: 'Query', country?: { __typename?: 'Country', code: string, documents: { __typename?: 'SignedDocumentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'SignedDocumentEdge', node: { __typename?: 'SignedDocument', id: string, title: string, status: DocumentStatus, signedOn?: string | null, documentKind: DocumentKind, countries: Array<{ __typename?: 'Country', code: string, name: string }> } }> } } | null };

export type VisitDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VisitDetailQuery = { __typename?: 'Query', visit?: { __typename?: 'Visit', id: string, kind: VisitKind, level: VisitLevel, status: VisitStatus, startDate?: string | null, endDate?: string | null, city?: string | null, evidence: Array<{ __typename?: 'Evidence', start: number, end: number, excerpt: string, context: string, rule?: string | null, article: { __typename?: 'Article', id: string, title?: string | null, publishedOn?: string | null, sourceName?: string | null, language: Language } }>, guestCountry: { __typename?: 'Country', code: string, name: string }, hostCountry: { __typename?: 'Country', code: string, name: string }, guest?: { __typename?: 'Person', id: string, name: string, role?: PersonRole | null, position?: string | null } | null, host?: { __typename?: 'Person', id: string, name: string, role?: PersonRole | null, position?: string | null } | null } | null };

export type VisitDocumentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type VisitDocumentsQuery = { __typename?: 'Query', visit?: { __typename?: 'Visit', id: string, documents: { __typename?: 'SignedDocumentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'SignedDocumentEdge', node: { __typename?: 'SignedDocument', id: string, title: string, status: DocumentStatus, signedOn?: string | null, documentKind: DocumentKind, countries: Array<{ __typename?: 'Country', code: string, name: string }> } }> } } | null };

export type VisitStatementsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type VisitStatementsQuery = { __typename?: 'Query', visit?: { __typename?: 'Visit', id: string, statements: { __typename?: 'StatementConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, language: Language, text: string, statementKind: StatementKind, speaker?: { __typename?: 'Person', id: string, name: string, role?: PersonRole | null, position?: string | null, country?: { __typename?: 'Country', code: string, name: string } | null } | null, quote: { __typename?: 'Evidence', start: number, end: number, excerpt: string, context: string, rule?: string | null, article: { __typename?: 'Article', id: string, title?: string | null, publishedOn?: string | null, sourceName?: string | null, language: Language } } } }> } } | null };

export type DocumentDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DocumentDetailQuery = { __typename?: 'Query', document?: { __typename?: 'SignedDocument', parties: Array<string>, id: string, title: string, status: DocumentStatus, signedOn?: string | null, documentKind: DocumentKind, signatories: Array<{ __typename?: 'Person', id: string, name: string, role?: PersonRole | null, position?: string | null }>, visit?: { __typename?: 'Visit', id: string, kind: VisitKind, level: VisitLevel, status: VisitStatus, startDate?: string | null, endDate?: string | null, city?: string | null, guestCountry: { __typename?: 'Country', code: string, name: string }, hostCountry: { __typename?: 'Country', code: string, name: string }, guest?: { __typename?: 'Person', id: string, name: string, role?: PersonRole | null, position?: string | null } | null, host?: { __typename?: 'Person', id: string, name: string, role?: PersonRole | null, position?: string | null } | null } | null, evidence: Array<{ __typename?: 'Evidence', start: number, end: number, excerpt: string, context: string, rule?: string | null, article: { __typename?: 'Article', id: string, title?: string | null, publishedOn?: string | null, sourceName?: string | null, language: Language } }>, countries: Array<{ __typename?: 'Country', code: string, name: string }> } | null };

export type ArticleTextQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArticleTextQuery = { __typename?: 'Query', article?: { __typename?: 'Article', id: string, title?: string | null, publishedOn?: string | null, sourceName?: string | null, url?: string | null, language: Language, text: string } | null };

export type CountryNameFragment = { __typename?: 'Country', code: string, name: string };

export type PersonNameFragment = { __typename?: 'Person', id: string, name: string, role?: PersonRole | null, position?: string | null };

export type VisitSummaryFragment = { __typename?: 'Visit', id: string, kind: VisitKind, level: VisitLevel, status: VisitStatus, startDate?: string | null, endDate?: string | null, city?: string | null, guestCountry: { __typename?: 'Country', code: string, name: string }, hostCountry: { __typename?: 'Country', code: string, name: string }, guest?: { __typename?: 'Person', id: string, name: string, role?: PersonRole | null, position?: string | null } | null, host?: { __typename?: 'Person', id: string, name: string, role?: PersonRole | null, position?: string | null } | null };

export type DocumentSummaryFragment = { __typename?: 'SignedDocument', id: string, title: string, status: DocumentStatus, signedOn?: string | null, documentKind: DocumentKind, countries: Array<{ __typename?: 'Country', code: string, name: string }> };

export type EvidenceFieldsFragment = { __typename?: 'Evidence', start: number, end: number, excerpt: string, context: string, rule?: string | null, article: { __typename?: 'Article', id: string, title?: string | null, publishedOn?: string | null, sourceName?: string | null, language: Language } };

export type StatementSummaryFragment = { __typename?: 'Statement', id: string, language: Language, text: string, statementKind: StatementKind, speaker?: { __typename?: 'Person', id: string, name: string, role?: PersonRole | null, position?: string | null, country?: { __typename?: 'Country', code: string, name: string } | null } | null, quote: { __typename?: 'Evidence', start: number, end: number, excerpt: string, context: string, rule?: string | null, article: { __typename?: 'Article', id: string, title?: string | null, publishedOn?: string | null, sourceName?: string | null, language: Language } } };

export type PageFieldsFragment = { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null };

export type VisitNetworkQueryVariables = Exact<{
  filter?: InputMaybe<VisitFilter>;
}>;


export type VisitNetworkQuery = { __typename?: 'Query', visitFlows: Array<{ __typename?: 'VisitFlow', visits: number, guestCountry: { __typename?: 'Country', code: string, name: string }, hostCountry: { __typename?: 'Country', code: string, name: string } }> };

export type RelationsCountriesQueryVariables = Exact<{
  a: Scalars['String']['input'];
  b: Scalars['String']['input'];
}>;


export type RelationsCountriesQuery = { __typename?: 'Query', relations: { __typename?: 'BilateralRelations', a: { __typename?: 'Country', code: string, name: string }, b: { __typename?: 'Country', code: string, name: string } } };

export type RelationsVisitsQueryVariables = Exact<{
  a: Scalars['String']['input'];
  b: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RelationsVisitsQuery = { __typename?: 'Query', relations: { __typename?: 'BilateralRelations', visits: { __typename?: 'VisitConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'VisitEdge', node: { __typename?: 'Visit', id: string, kind: VisitKind, level: VisitLevel, status: VisitStatus, startDate?: string | null, endDate?: string | null, city?: string | null, guestCountry: { __typename?: 'Country', code: string, name: string }, hostCountry: { __typename?: 'Country', code: string, name: string }, guest?: { __typename?: 'Person', id: string, name: string, role?: PersonRole | null, position?: string | null } | null, host?: { __typename?: 'Person', id: string, name: string, role?: PersonRole | null, position?: string | null } | null } }> } } };

export type RelationsDocumentsQueryVariables = Exact<{
  a: Scalars['String']['input'];
  b: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RelationsDocumentsQuery = { __typename?: 'Query', relations: { __typename?: 'BilateralRelations', documents: { __typename?: 'SignedDocumentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'SignedDocumentEdge', node: { __typename?: 'SignedDocument', id: string, title: string, status: DocumentStatus, signedOn?: string | null, documentKind: DocumentKind, countries: Array<{ __typename?: 'Country', code: string, name: string }> } }> } } };

export type RelationsStatementsQueryVariables = Exact<{
  a: Scalars['String']['input'];
  b: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RelationsStatementsQuery = { __typename?: 'Query', relations: { __typename?: 'BilateralRelations', statements: { __typename?: 'StatementConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, language: Language, text: string, statementKind: StatementKind, speaker?: { __typename?: 'Person', id: string, name: string, role?: PersonRole | null, position?: string | null, country?: { __typename?: 'Country', code: string, name: string } | null } | null, quote: { __typename?: 'Evidence', start: number, end: number, excerpt: string, context: string, rule?: string | null, article: { __typename?: 'Article', id: string, title?: string | null, publishedOn?: string | null, sourceName?: string | null, language: Language } } } }> } } };

export type ExplorerSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<SearchHitType> | SearchHitType>;
}>;


export type ExplorerSearchQuery = { __typename?: 'Query', search: Array<
    | { __typename: 'Article', id: string, publishedOn?: string | null, sourceName?: string | null, headline?: string | null }
    | { __typename: 'Person', id: string, name: string, role?: PersonRole | null, position?: string | null, country?: { __typename?: 'Country', code: string, name: string } | null }
    | { __typename: 'SignedDocument', id: string, title: string, status: DocumentStatus, signedOn?: string | null, documentKind: DocumentKind, countries: Array<{ __typename?: 'Country', code: string, name: string }> }
    | { __typename: 'Statement', id: string, language: Language, text: string, statementKind: StatementKind, speaker?: { __typename?: 'Person', id: string, name: string, role?: PersonRole | null, position?: string | null, country?: { __typename?: 'Country', code: string, name: string } | null } | null, quote: { __typename?: 'Evidence', start: number, end: number, excerpt: string, context: string, rule?: string | null, article: { __typename?: 'Article', id: string, title?: string | null, publishedOn?: string | null, sourceName?: string | null, language: Language } } }
  > };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CountryNameFragmentDoc = new TypedDocumentString(`
    fragment CountryName on Country {
  code
  name(lang: EN)
}
    `, {"fragmentName":"CountryName"}) as unknown as TypedDocumentString<CountryNameFragment, unknown>;
export const PersonNameFragmentDoc = new TypedDocumentString(`
    fragment PersonName on Person {
  id
  name
  role
  position: title
}
    `, {"fragmentName":"PersonName"}) as unknown as TypedDocumentString<PersonNameFragment, unknown>;
export const VisitSummaryFragmentDoc = new TypedDocumentString(`
    fragment VisitSummary on Visit {
  id
  kind
  level
  status
  startDate
  endDate
  city
  guestCountry {
    ...CountryName
  }
  hostCountry {
    ...CountryName
  }
  guest {
    ...PersonName
  }
  host {
    ...PersonName
  }
}
    fragment CountryName on Country {
  code
  name(lang: EN)
}
fragment PersonName on Person {
  id
  name
  role
  position: title
}`, {"fragmentName":"VisitSummary"}) as unknown as TypedDocumentString<VisitSummaryFragment, unknown>;
export const DocumentSummaryFragmentDoc = new TypedDocumentString(`
    fragment DocumentSummary on SignedDocument {
  id
  title
  documentKind: kind
  status
  signedOn
  countries {
    ...CountryName
  }
}
    fragment CountryName on Country {
  code
  name(lang: EN)
}`, {"fragmentName":"DocumentSummary"}) as unknown as TypedDocumentString<DocumentSummaryFragment, unknown>;
export const EvidenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment EvidenceFields on Evidence {
  start
  end
  excerpt
  context
  rule
  article {
    id
    title
    publishedOn
    sourceName
    language
  }
}
    `, {"fragmentName":"EvidenceFields"}) as unknown as TypedDocumentString<EvidenceFieldsFragment, unknown>;
export const StatementSummaryFragmentDoc = new TypedDocumentString(`
    fragment StatementSummary on Statement {
  id
  statementKind: kind
  language
  text
  speaker {
    ...PersonName
    country {
      ...CountryName
    }
  }
  quote {
    ...EvidenceFields
  }
}
    fragment CountryName on Country {
  code
  name(lang: EN)
}
fragment PersonName on Person {
  id
  name
  role
  position: title
}
fragment EvidenceFields on Evidence {
  start
  end
  excerpt
  context
  rule
  article {
    id
    title
    publishedOn
    sourceName
    language
  }
}`, {"fragmentName":"StatementSummary"}) as unknown as TypedDocumentString<StatementSummaryFragment, unknown>;
export const PageFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
    `, {"fragmentName":"PageFields"}) as unknown as TypedDocumentString<PageFieldsFragment, unknown>;
export const CountryTitleDocument = new TypedDocumentString(`
    query CountryTitle($code: String!) {
  country(code: $code) {
    ...CountryName
    nameRu: name(lang: RU)
  }
}
    fragment CountryName on Country {
  code
  name(lang: EN)
}`) as unknown as TypedDocumentString<CountryTitleQuery, CountryTitleQueryVariables>;
export const CountryPartnersDocument = new TypedDocumentString(`
    query CountryPartners($code: String!) {
  country(code: $code) {
    code
    partners {
      country {
        ...CountryName
      }
      visits
      documents
    }
  }
}
    fragment CountryName on Country {
  code
  name(lang: EN)
}`) as unknown as TypedDocumentString<CountryPartnersQuery, CountryPartnersQueryVariables>;
export const CountryVisitsMadeDocument = new TypedDocumentString(`
    query CountryVisitsMade($code: String!, $first: Int, $after: String) {
  country(code: $code) {
    code
    visitsMade(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageFields
      }
      edges {
        node {
          ...VisitSummary
        }
      }
    }
  }
}
    fragment CountryName on Country {
  code
  name(lang: EN)
}
fragment PersonName on Person {
  id
  name
  role
  position: title
}
fragment VisitSummary on Visit {
  id
  kind
  level
  status
  startDate
  endDate
  city
  guestCountry {
    ...CountryName
  }
  hostCountry {
    ...CountryName
  }
  guest {
    ...PersonName
  }
  host {
    ...PersonName
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<CountryVisitsMadeQuery, CountryVisitsMadeQueryVariables>;
export const CountryVisitsHostedDocument = new TypedDocumentString(`
    query CountryVisitsHosted($code: String!, $first: Int, $after: String) {
  country(code: $code) {
    code
    visitsHosted(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageFields
      }
      edges {
        node {
          ...VisitSummary
        }
      }
    }
  }
}
    fragment CountryName on Country {
  code
  name(lang: EN)
}
fragment PersonName on Person {
  id
  name
  role
  position: title
}
fragment VisitSummary on Visit {
  id
  kind
  level
  status
  startDate
  endDate
  city
  guestCountry {
    ...CountryName
  }
  hostCountry {
    ...CountryName
  }
  guest {
    ...PersonName
  }
  host {
    ...PersonName
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<CountryVisitsHostedQuery, CountryVisitsHostedQueryVariables>;
export const CountryPeopleDocument = new TypedDocumentString(`
    query CountryPeople($code: String!, $first: Int, $after: String) {
  country(code: $code) {
    code
    people(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageFields
      }
      edges {
        node {
          ...PersonName
        }
      }
    }
  }
}
    fragment PersonName on Person {
  id
  name
  role
  position: title
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<CountryPeopleQuery, CountryPeopleQueryVariables>;
export const CountryDocumentsDocument = new TypedDocumentString(`
    query CountryDocuments($code: String!, $first: Int, $after: String) {
  country(code: $code) {
    code
    documents(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageFields
      }
      edges {
        node {
          ...DocumentSummary
        }
      }
    }
  }
}
    fragment CountryName on Country {
  code
  name(lang: EN)
}
fragment DocumentSummary on SignedDocument {
  id
  title
  documentKind: kind
  status
  signedOn
  countries {
    ...CountryName
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<CountryDocumentsQuery, CountryDocumentsQueryVariables>;
export const VisitDetailDocument = new TypedDocumentString(`
    query VisitDetail($id: ID!) {
  visit(id: $id) {
    ...VisitSummary
    evidence {
      ...EvidenceFields
    }
  }
}
    fragment CountryName on Country {
  code
  name(lang: EN)
}
fragment PersonName on Person {
  id
  name
  role
  position: title
}
fragment VisitSummary on Visit {
  id
  kind
  level
  status
  startDate
  endDate
  city
  guestCountry {
    ...CountryName
  }
  hostCountry {
    ...CountryName
  }
  guest {
    ...PersonName
  }
  host {
    ...PersonName
  }
}
fragment EvidenceFields on Evidence {
  start
  end
  excerpt
  context
  rule
  article {
    id
    title
    publishedOn
    sourceName
    language
  }
}`) as unknown as TypedDocumentString<VisitDetailQuery, VisitDetailQueryVariables>;
export const VisitDocumentsDocument = new TypedDocumentString(`
    query VisitDocuments($id: ID!, $first: Int, $after: String) {
  visit(id: $id) {
    id
    documents(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageFields
      }
      edges {
        node {
          ...DocumentSummary
        }
      }
    }
  }
}
    fragment CountryName on Country {
  code
  name(lang: EN)
}
fragment DocumentSummary on SignedDocument {
  id
  title
  documentKind: kind
  status
  signedOn
  countries {
    ...CountryName
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<VisitDocumentsQuery, VisitDocumentsQueryVariables>;
export const VisitStatementsDocument = new TypedDocumentString(`
    query VisitStatements($id: ID!, $first: Int, $after: String) {
  visit(id: $id) {
    id
    statements(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageFields
      }
      edges {
        node {
          ...StatementSummary
        }
      }
    }
  }
}
    fragment CountryName on Country {
  code
  name(lang: EN)
}
fragment PersonName on Person {
  id
  name
  role
  position: title
}
fragment EvidenceFields on Evidence {
  start
  end
  excerpt
  context
  rule
  article {
    id
    title
    publishedOn
    sourceName
    language
  }
}
fragment StatementSummary on Statement {
  id
  statementKind: kind
  language
  text
  speaker {
    ...PersonName
    country {
      ...CountryName
    }
  }
  quote {
    ...EvidenceFields
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<VisitStatementsQuery, VisitStatementsQueryVariables>;
export const DocumentDetailDocument = new TypedDocumentString(`
    query DocumentDetail($id: ID!) {
  document(id: $id) {
    ...DocumentSummary
    parties
    signatories {
      ...PersonName
    }
    visit {
      ...VisitSummary
    }
    evidence {
      ...EvidenceFields
    }
  }
}
    fragment CountryName on Country {
  code
  name(lang: EN)
}
fragment PersonName on Person {
  id
  name
  role
  position: title
}
fragment VisitSummary on Visit {
  id
  kind
  level
  status
  startDate
  endDate
  city
  guestCountry {
    ...CountryName
  }
  hostCountry {
    ...CountryName
  }
  guest {
    ...PersonName
  }
  host {
    ...PersonName
  }
}
fragment DocumentSummary on SignedDocument {
  id
  title
  documentKind: kind
  status
  signedOn
  countries {
    ...CountryName
  }
}
fragment EvidenceFields on Evidence {
  start
  end
  excerpt
  context
  rule
  article {
    id
    title
    publishedOn
    sourceName
    language
  }
}`) as unknown as TypedDocumentString<DocumentDetailQuery, DocumentDetailQueryVariables>;
export const ArticleTextDocument = new TypedDocumentString(`
    query ArticleText($id: ID!) {
  article(id: $id) {
    id
    title
    publishedOn
    sourceName
    url
    language
    text
  }
}
    `) as unknown as TypedDocumentString<ArticleTextQuery, ArticleTextQueryVariables>;
export const VisitNetworkDocument = new TypedDocumentString(`
    query VisitNetwork($filter: VisitFilter) {
  visitFlows(filter: $filter) {
    visits
    guestCountry {
      ...CountryName
    }
    hostCountry {
      ...CountryName
    }
  }
}
    fragment CountryName on Country {
  code
  name(lang: EN)
}`) as unknown as TypedDocumentString<VisitNetworkQuery, VisitNetworkQueryVariables>;
export const RelationsCountriesDocument = new TypedDocumentString(`
    query RelationsCountries($a: String!, $b: String!) {
  relations(a: $a, b: $b) {
    a {
      ...CountryName
    }
    b {
      ...CountryName
    }
  }
}
    fragment CountryName on Country {
  code
  name(lang: EN)
}`) as unknown as TypedDocumentString<RelationsCountriesQuery, RelationsCountriesQueryVariables>;
export const RelationsVisitsDocument = new TypedDocumentString(`
    query RelationsVisits($a: String!, $b: String!, $first: Int, $after: String) {
  relations(a: $a, b: $b) {
    visits(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageFields
      }
      edges {
        node {
          ...VisitSummary
        }
      }
    }
  }
}
    fragment CountryName on Country {
  code
  name(lang: EN)
}
fragment PersonName on Person {
  id
  name
  role
  position: title
}
fragment VisitSummary on Visit {
  id
  kind
  level
  status
  startDate
  endDate
  city
  guestCountry {
    ...CountryName
  }
  hostCountry {
    ...CountryName
  }
  guest {
    ...PersonName
  }
  host {
    ...PersonName
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<RelationsVisitsQuery, RelationsVisitsQueryVariables>;
export const RelationsDocumentsDocument = new TypedDocumentString(`
    query RelationsDocuments($a: String!, $b: String!, $first: Int, $after: String) {
  relations(a: $a, b: $b) {
    documents(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageFields
      }
      edges {
        node {
          ...DocumentSummary
        }
      }
    }
  }
}
    fragment CountryName on Country {
  code
  name(lang: EN)
}
fragment DocumentSummary on SignedDocument {
  id
  title
  documentKind: kind
  status
  signedOn
  countries {
    ...CountryName
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<RelationsDocumentsQuery, RelationsDocumentsQueryVariables>;
export const RelationsStatementsDocument = new TypedDocumentString(`
    query RelationsStatements($a: String!, $b: String!, $first: Int, $after: String) {
  relations(a: $a, b: $b) {
    statements(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageFields
      }
      edges {
        node {
          ...StatementSummary
        }
      }
    }
  }
}
    fragment CountryName on Country {
  code
  name(lang: EN)
}
fragment PersonName on Person {
  id
  name
  role
  position: title
}
fragment EvidenceFields on Evidence {
  start
  end
  excerpt
  context
  rule
  article {
    id
    title
    publishedOn
    sourceName
    language
  }
}
fragment StatementSummary on Statement {
  id
  statementKind: kind
  language
  text
  speaker {
    ...PersonName
    country {
      ...CountryName
    }
  }
  quote {
    ...EvidenceFields
  }
}
fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<RelationsStatementsQuery, RelationsStatementsQueryVariables>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($query: String!, $first: Int, $types: [SearchHitType!]) {
  search(query: $query, first: $first, types: $types) {
    __typename
    ... on Person {
      ...PersonName
      country {
        ...CountryName
      }
    }
    ... on SignedDocument {
      ...DocumentSummary
    }
    ... on Statement {
      ...StatementSummary
    }
    ... on Article {
      id
      headline: title
      publishedOn
      sourceName
    }
  }
}
    fragment CountryName on Country {
  code
  name(lang: EN)
}
fragment PersonName on Person {
  id
  name
  role
  position: title
}
fragment DocumentSummary on SignedDocument {
  id
  title
  documentKind: kind
  status
  signedOn
  countries {
    ...CountryName
  }
}
fragment EvidenceFields on Evidence {
  start
  end
  excerpt
  context
  rule
  article {
    id
    title
    publishedOn
    sourceName
    language
  }
}
fragment StatementSummary on Statement {
  id
  statementKind: kind
  language
  text
  speaker {
    ...PersonName
    country {
      ...CountryName
    }
  }
  quote {
    ...EvidenceFields
  }
}`) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;