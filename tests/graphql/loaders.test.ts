// Batching: a page of visits with people, countries, statements and documents costs one database
// round trip per level, however many visits the page holds.
import type { CommandStartedEvent } from "mongodb";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { collections } from "../../src/db/collections.js";
import type { PersonDoc, SignedDocumentDoc, StatementDoc, VisitDoc } from "../../src/db/types.js";
import { type Harness, nodesAt, openHarness } from "./harness.js";

const VISITS = 60;
const CODES = ["KZ", "AZ", "TJ", "UZ", "KG"];

let h: Harness;
const commands: CommandStartedEvent[] = [];

beforeAll(async () => {
  h = await openHarness({}, { mongo: { monitorCommands: true } });
  h.testDb.client.on("commandStarted", (e) => commands.push(e));
  const c = collections(h.testDb.db);
  const people: PersonDoc[] = [];
  const visits: VisitDoc[] = [];
  const statements: StatementDoc[] = [];
  const documents: SignedDocumentDoc[] = [];
  for (let i = 0; i < VISITS; i++) {
    const guestCountry = CODES[i % CODES.length] ?? "KZ";
    const hostCountry = CODES[(i + 1) % CODES.length] ?? "AZ";
    for (const role of ["guest", "host"]) {
      people.push({
        _id: `p_${role}${i}`,
        key: `${role}${i}`,
        name: `Person ${role} ${i}`,
        names: {},
        aliases: [],
        countryCode: role === "guest" ? guestCountry : hostCountry,
        role: "minister",
        title: null,
        searchTokens: [],
      });
    }
    visits.push({
      _id: `v_${String(i).padStart(3, "0")}`,
      guestCountry,
      hostCountry,
      guestId: `p_guest${i}`,
      hostId: `p_host${i}`,
      kind: "working",
      level: "minister",
      city: null,
      startDate: `2024-01-${String((i % 28) + 1).padStart(2, "0")}`,
      endDate: null,
      status: "COMPLETED",
      tense: "past",
      articleIds: [],
      evidence: [],
    });
    for (let k = 0; k < 2; k++) {
      statements.push({
        _id: `s_${i}_${k}`,
        articleId: `a_${i}`,
        speakerId: `p_guest${i}`,
        speakerCountry: guestCountry,
        kind: "direct",
        text: `statement ${k} of visit ${i}`,
        language: "en",
        visitId: `v_${String(i).padStart(3, "0")}`,
        start: k * 10,
        end: k * 10 + 5,
        searchTokens: [],
      });
    }
    documents.push({
      _id: `d_${i}`,
      title: `Agreement ${i}`,
      kind: "agreement",
      status: "SIGNED",
      tense: "past",
      countries: [guestCountry, hostCountry],
      parties: [],
      signatoryIds: [`p_guest${i}`, `p_host${i}`],
      signedOn: null,
      visitId: `v_${String(i).padStart(3, "0")}`,
      articleIds: [],
      evidence: [],
      searchTokens: [],
    });
  }
  await c.people.insertMany(people);
  await c.visits.insertMany(visits);
  await c.statements.insertMany(statements);
  await c.documents.insertMany(documents);
});

afterAll(async () => {
  await h?.close();
});

const PAGE_QUERY = `query($first: Int) { visits(first: $first) { edges { node {
  guest { name country { code } }
  host { name }
  hostCountry { code name }
  guestCountry { code }
  statements { totalCount edges { node { text speaker { name } } } }
  documents { edges { node { title signatories { name } } } }
} } } }`;

async function roundTrips(query: string, variables: Record<string, unknown>) {
  commands.length = 0;
  const r = await h.run(query, variables);
  expect(r.errors).toBeUndefined();
  return {
    data: r.data,
    commands: commands.map((c) => `${c.commandName}:${String(c.command[c.commandName])}`),
  };
}

describe("round trips per level", () => {
  test.each([5, 50])(
    "%i visits with guest, host, countries, statements and documents",
    async (first) => {
      const { data, commands } = await roundTrips(PAGE_QUERY, { first });
      const nodes = nodesAt(data, "visits");
      expect(nodes).toHaveLength(first);
      expect(nodes.every((n) => (n.statements as { totalCount: number }).totalCount === 2)).toBe(
        true,
      );
      // visits; then people, countries, statements and documents once each; nothing for the
      // speakers and signatories, who are the guests and hosts already loaded.
      expect(commands.sort()).toEqual([
        "find:countries",
        "find:documents",
        "find:people",
        "find:statements",
        "find:visits",
      ]);
    },
  );

  test("the count is asked for only when totalCount is selected", async () => {
    const without = await roundTrips(`{ visits(first: 3) { edges { cursor } } }`, {});
    expect(without.commands).toEqual(["find:visits"]);
    const withCount = await roundTrips(`{ visits(first: 3) { totalCount edges { cursor } } }`, {});
    expect(withCount.commands.sort()).toEqual(["aggregate:visits", "find:visits"]);
  });
});
