// Visits on a time axis: made above, hosted below, coloured by kind, hollow when only planned.
/** @jsxImportSource preact */
import type { VisitSummaryFragment } from "../__generated__/graphql";
import { KIND_COLOURS, label, TENSE, VISIT_KINDS } from "../labels";
import { href } from "../route";
import { dateText } from "./parts";

const WIDTH = 900;
const LEFT = 90;
const RIGHT = 20;
const LANES = { made: 50, hosted: 130 } as const;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

export function Timeline({
  made,
  hosted,
  total,
}: {
  made: VisitSummaryFragment[];
  hosted: VisitSummaryFragment[];
  /** All the country's visits, loaded or not, to say how much of it the drawing shows. */
  total?: number;
}) {
  const dated = [
    ...made.map((v) => ({ v, lane: "made" as const })),
    ...hosted.map((v) => ({ v, lane: "hosted" as const })),
  ].filter((d): d is { v: VisitSummaryFragment & { startDate: string }; lane: "made" | "hosted" } =>
    Boolean(d.v.startDate),
  );
  const undated = made.length + hosted.length - dated.length;
  if (dated.length === 0) {
    return <p class="muted">No dated visits loaded yet{undated ? ` (${undated} undated)` : ""}.</p>;
  }
  const years = dated.map((d) => Number(d.v.startDate.slice(0, 4)));
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years) + 1;
  const from = dayNumber(`${firstYear}-01-01`);
  const to = dayNumber(`${lastYear}-01-01`);
  const x = (date: string) =>
    LEFT + ((dayNumber(date) - from) / (to - from)) * (WIDTH - LEFT - RIGHT);
  const step = Math.max(1, Math.ceil((lastYear - firstYear) / 12));
  const ticks: number[] = [];
  // The last tick is the axis's right end; a label there would run off the drawing.
  for (let y = firstYear; y < lastYear; y += step) ticks.push(y);
  // Visits close in time stack upwards instead of hiding each other.
  const taken = new Map<string, number>();
  const placed = dated
    .sort((a, b) => a.v.startDate.localeCompare(b.v.startDate))
    .map((d) => {
      const px = x(d.v.startDate);
      const slot = `${d.lane}:${Math.round(px / 12)}`;
      const level = taken.get(slot) ?? 0;
      taken.set(slot, level + 1);
      return { ...d, px, py: LANES[d.lane] - level * 13 };
    });
  return (
    <figure class="timeline">
      <svg viewBox={`0 -10 ${WIDTH} 190`}>
        <title>Visits over time; the lists below hold the same visits</title>
        <text x="8" y={LANES.made + 4} class="lane">
          Made
        </text>
        <text x="8" y={LANES.hosted + 4} class="lane">
          Hosted
        </text>
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={LANES.made} y2={LANES.made} class="lane-line" />
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={LANES.hosted} y2={LANES.hosted} class="lane-line" />
        {ticks.map((year) => (
          <g key={year}>
            <line x1={x(`${year}-01-01`)} x2={x(`${year}-01-01`)} y1={0} y2={150} class="tick" />
            <text x={x(`${year}-01-01`) + 3} y={168} class="tick-label">
              {year}
            </text>
          </g>
        ))}
        {placed.map(({ v, lane, px, py }) => {
          const text = `${dateText(v.startDate, v.endDate)}: ${label(v.kind)} visit, ${v.guestCountry.name} → ${v.hostCountry.name}, ${TENSE[v.status] ?? v.status}`;
          return (
            <a key={`${lane}:${v.id}`} href={href.visit(v.id)} aria-label={text} class="mark">
              <title>{text}</title>
              <circle
                cx={px}
                cy={py}
                r={6}
                stroke={KIND_COLOURS[v.kind]}
                fill={v.status === "PLANNED" ? "#ffffff" : KIND_COLOURS[v.kind]}
              />
            </a>
          );
        })}
      </svg>
      <figcaption>
        <ul class="legend">
          {VISIT_KINDS.map((k) => (
            <li key={k}>
              <svg viewBox="0 0 14 14" aria-hidden="true">
                <circle cx="7" cy="7" r="5" fill={KIND_COLOURS[k]} />
              </svg>
              {label(k)}
            </li>
          ))}
          <li>
            <svg viewBox="0 0 14 14" aria-hidden="true">
              <circle cx="7" cy="7" r="5" fill="#ffffff" stroke="#333" stroke-width="2" />
            </svg>
            Planned (hollow)
          </li>
        </ul>
        {total !== undefined && total > made.length + hosted.length ? (
          <span class="muted">
            Showing the {made.length + hosted.length} of {total} visits loaded so far; “Show more”
            below adds to it.{" "}
          </span>
        ) : null}
        {undated ? (
          <span class="muted">{undated} undated visits are in the lists only.</span>
        ) : null}
      </figcaption>
    </figure>
  );
}
