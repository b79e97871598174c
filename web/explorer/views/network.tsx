// The visit network: countries as nodes, visits as directed edges (guest → host) weighted by count, with the same edges as a table.
/** @jsxImportSource preact */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";
import { useMemo, useState } from "preact/hooks";
import {
  type CountryNameFragment,
  type VisitFilter,
  type VisitKind,
  type VisitLevel,
  VisitNetworkDocument,
  type VisitNetworkQuery,
} from "../__generated__/graphql";
import { useQuery } from "../client";
import { label, VISIT_KINDS, VISIT_LEVELS } from "../labels";
import { href } from "../route";
import { PageTitle } from "../title";
import { Loading, Problem } from "./parts";

type Flow = VisitNetworkQuery["visitFlows"][number];

interface CountryNode extends SimulationNodeDatum {
  id: string;
  name: string;
  /** Visits made plus hosted, for the node's size. */
  total: number;
  radius: number;
}

interface FlowLink extends SimulationLinkDatum<CountryNode> {
  flow: Flow;
}

/** The filter as the URL keeps it (#/?from=2020&to=2025&kind=STATE&level=HEAD_OF_STATE). */
function filterFrom(query: URLSearchParams): VisitFilter {
  const filter: VisitFilter = {};
  const from = query.get("from");
  const to = query.get("to");
  if (from && /^\d{4}$/.test(from)) filter.from = `${from}-01-01`;
  if (to && /^\d{4}$/.test(to)) filter.to = `${to}-12-31`;
  const kind = query.get("kind");
  if (kind && (VISIT_KINDS as string[]).includes(kind)) filter.kind = kind as VisitKind;
  const level = query.get("level");
  if (level && (VISIT_LEVELS as string[]).includes(level)) filter.level = level as VisitLevel;
  return filter;
}

export function NetworkView({ query }: { query: URLSearchParams }) {
  const filter = filterFrom(query);
  const result = useQuery(VisitNetworkDocument, { filter });
  const flows = result.data?.visitFlows;
  return (
    <>
      <PageTitle>Who visits whom</PageTitle>
      <FilterForm query={query} />
      {result.error ? <Problem error={result.error} /> : null}
      {result.loading ? <Loading what="the visit network" /> : null}
      {flows && flows.length === 0 ? <p class="muted">No visits match these filters.</p> : null}
      {flows && flows.length > 0 ? (
        <div class="network">
          <NetworkDrawing flows={flows} />
          <FlowTable flows={flows} />
        </div>
      ) : null}
    </>
  );
}

function FilterForm({ query }: { query: URLSearchParams }) {
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const next = new URLSearchParams();
    for (const name of ["from", "to", "kind", "level"]) {
      const value = String(data.get(name) ?? "").trim();
      if (value) next.set(name, value);
    }
    location.hash = href.network(next);
  };
  return (
    <form class="filters" onSubmit={onSubmit} aria-label="Filter the visits">
      <label>
        From year
        <input name="from" type="number" min="1900" max="2100" value={query.get("from") ?? ""} />
      </label>
      <label>
        To year
        <input name="to" type="number" min="1900" max="2100" value={query.get("to") ?? ""} />
      </label>
      <label>
        Kind
        <select name="kind" value={query.get("kind") ?? ""}>
          <option value="">any</option>
          {VISIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {label(k)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Level
        <select name="level" value={query.get("level") ?? ""}>
          <option value="">any</option>
          {VISIT_LEVELS.map((l) => (
            <option key={l} value={l}>
              {label(l)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Show</button>
      {query.size > 0 ? <a href={href.network()}>Clear filters</a> : null}
    </form>
  );
}

function flowLabel(flow: Flow): string {
  const n = flow.visits;
  return `${flow.guestCountry.name} → ${flow.hostCountry.name}: ${n} visit${n === 1 ? "" : "s"}`;
}

/**
 * Beyond this many pairs a drawing is a hairball: it shows the busiest ones (the API answers most
 * first) and every country, and the table keeps all pairs.
 */
const DRAWN_PAIRS = 120;
/** Counts on the arrows only while they can be read. */
const LABELLED_PAIRS = 40;

/** Lays the network out once per answer (a fixed number of ticks, no animation), then draws it. */
function layout(flows: Flow[]) {
  const byCode = new Map<string, CountryNode>();
  const node = (c: CountryNameFragment, visits: number) => {
    let n = byCode.get(c.code);
    if (!n) {
      n = { id: c.code, name: c.name, total: 0, radius: 0 };
      byCode.set(c.code, n);
    }
    n.total += visits;
  };
  for (const f of flows) {
    node(f.guestCountry, f.visits);
    node(f.hostCountry, f.visits);
  }
  const nodes = [...byCode.values()];
  const most = Math.max(...nodes.map((n) => n.total));
  for (const n of nodes) n.radius = 8 + 16 * Math.sqrt(n.total / most);
  const links: FlowLink[] = flows.slice(0, DRAWN_PAIRS).map((flow) => ({
    source: flow.guestCountry.code,
    target: flow.hostCountry.code,
    flow,
  }));
  forceSimulation(nodes)
    .force(
      "link",
      forceLink<CountryNode, FlowLink>(links)
        .id((n) => n.id)
        .distance(150),
    )
    .force("charge", forceManyBody().strength(-600))
    .force("x", forceX(0).strength(0.05))
    .force("y", forceY(0).strength(0.05))
    .force(
      "collide",
      forceCollide<CountryNode>((n) => n.radius + 30),
    )
    .stop()
    .tick(300);
  const xs = nodes.flatMap((n) => [(n.x ?? 0) - n.radius - 80, (n.x ?? 0) + n.radius + 80]);
  const ys = nodes.flatMap((n) => [(n.y ?? 0) - n.radius - 30, (n.y ?? 0) + n.radius + 30]);
  // A few countries would otherwise fill the screen at giant scale: the drawing keeps a minimum size.
  const width = Math.max(800, Math.max(...xs) - Math.min(...xs));
  const height = Math.max(520, Math.max(...ys) - Math.min(...ys));
  const box = {
    x: (Math.max(...xs) + Math.min(...xs) - width) / 2,
    y: (Math.max(...ys) + Math.min(...ys) - height) / 2,
    width,
    height,
  };
  return { nodes, links, byCode, box };
}

function NetworkDrawing({ flows }: { flows: Flow[] }) {
  const { nodes, links, byCode, box } = useMemo(() => layout(flows), [flows]);
  const [active, setActive] = useState<string | null>(null);
  const most = Math.max(...flows.map((f) => f.visits));
  const pairs = new Set(links.map((l) => `${l.flow.guestCountry.code}>${l.flow.hostCountry.code}`));
  const labelled = links.length <= LABELLED_PAIRS;
  return (
    <figure class="drawing">
      <svg viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}>
        <title>
          Visit network: countries linked by arrows from guest to host; the table beside lists the
          same arrows
        </title>
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="12"
            markerHeight="12"
            markerUnits="userSpaceOnUse"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" class="arrow-head" />
          </marker>
        </defs>
        <g class={labelled ? "edges" : "edges dense"}>
          {links.map((link) => {
            const source = byCode.get(link.flow.guestCountry.code)!;
            const target = byCode.get(link.flow.hostCountry.code)!;
            const both = pairs.has(`${link.flow.hostCountry.code}>${link.flow.guestCountry.code}`);
            const key = `${source.id}>${target.id}`;
            return (
              <a
                key={key}
                href={href.relations(source.id, target.id)}
                class={`edge ${active === source.id || active === target.id ? "active" : ""}`}
                aria-label={flowLabel(link.flow)}
                data-guest={source.id}
                data-host={target.id}
              >
                <title>{flowLabel(link.flow)}</title>
                <EdgePath
                  source={source}
                  target={target}
                  bend={both}
                  width={1.5 + 5 * Math.sqrt(link.flow.visits / most)}
                  count={labelled ? link.flow.visits : null}
                />
              </a>
            );
          })}
        </g>
        <g class="nodes">
          {nodes.map((n) => (
            <a
              key={n.id}
              href={href.country(n.id)}
              class="node"
              aria-label={`${n.name}: ${n.total} visit${n.total === 1 ? "" : "s"} made or hosted`}
              data-country={n.id}
              onMouseEnter={() => setActive(n.id)}
              onMouseLeave={() => setActive(null)}
              onFocus={() => setActive(n.id)}
              onBlur={() => setActive(null)}
            >
              <circle cx={n.x} cy={n.y} r={n.radius} />
              <text x={n.x} y={(n.y ?? 0) + n.radius + 16} text-anchor="middle">
                {n.name}
              </text>
            </a>
          ))}
        </g>
      </svg>
      <figcaption>
        Arrows run from the guest country to the host; thicker arrows, more visits. Select a country
        for its page or an arrow for the visits between the two.
        {links.length < flows.length
          ? ` The drawing shows the ${links.length} busiest of ${flows.length} pairs; the table lists them all.`
          : ""}
      </figcaption>
    </figure>
  );
}

/** A straight arrow, or a bent one when the pair has visits both ways so the two stay apart. */
function EdgePath({
  source,
  target,
  bend,
  width,
  count,
}: {
  source: CountryNode;
  target: CountryNode;
  bend: boolean;
  width: number;
  count: number | null;
}) {
  const x1 = source.x ?? 0;
  const y1 = source.y ?? 0;
  const x2 = target.x ?? 0;
  const y2 = target.y ?? 0;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  // The perpendicular on the right of the direction of travel: A→B and B→A bend to opposite sides.
  const offset = bend ? Math.min(40, length * 0.2) : 0;
  const cx = (x1 + x2) / 2 - uy * offset;
  const cy = (y1 + y2) / 2 + ux * offset;
  const start = towards(x1, y1, cx, cy, source.radius + 2);
  const end = towards(x2, y2, cx, cy, target.radius + 4);
  const d = `M${start.x},${start.y} Q${cx},${cy} ${end.x},${end.y}`;
  const labelX = 0.25 * start.x + 0.5 * cx + 0.25 * end.x;
  const labelY = 0.25 * start.y + 0.5 * cy + 0.25 * end.y;
  return (
    <>
      <path d={d} class="edge-hit" />
      <path d={d} class="edge-line" stroke-width={width} marker-end="url(#arrow)" />
      {count === null ? null : (
        <text x={labelX} y={labelY - 6} class="edge-count" text-anchor="middle">
          {count}
        </text>
      )}
    </>
  );
}

/** The point `distance` from (x, y) on the way to (tx, ty): where an arrow leaves or meets a node's rim. */
function towards(x: number, y: number, tx: number, ty: number, distance: number) {
  const length = Math.hypot(tx - x, ty - y) || 1;
  return { x: x + ((tx - x) / length) * distance, y: y + ((ty - y) / length) * distance };
}

const TABLE_ROWS = 50;

function FlowTable({ flows }: { flows: Flow[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? flows : flows.slice(0, TABLE_ROWS);
  return (
    <section class="panel flow-table" aria-labelledby="flows-title">
      <h2 id="flows-title">
        Visits by pair <span class="count">{flows.length}</span>
      </h2>
      <table>
        <caption class="sr-only">Visits counted per guest and host country, most first</caption>
        <thead>
          <tr>
            <th scope="col">Guest</th>
            <th scope="col">Host</th>
            <th scope="col" class="number">
              Visits
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((f) => (
            <tr key={`${f.guestCountry.code}>${f.hostCountry.code}`}>
              <td>
                <a href={href.country(f.guestCountry.code)}>{f.guestCountry.name}</a>
              </td>
              <td>
                <a href={href.country(f.hostCountry.code)}>{f.hostCountry.name}</a>
              </td>
              <td class="number">
                <a
                  href={href.relations(f.guestCountry.code, f.hostCountry.code)}
                  aria-label={flowLabel(f)}
                >
                  {f.visits}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!all && flows.length > TABLE_ROWS ? (
        <button type="button" onClick={() => setAll(true)}>
          Show all {flows.length} pairs
        </button>
      ) : null}
    </section>
  );
}
