// The explorer's places as URL fragments (#/country/KZ), so every view has an address to share and Back works.
import { useEffect, useState } from "preact/hooks";

export type Route =
  | { view: "network"; query: URLSearchParams }
  | { view: "country"; code: string }
  | { view: "relations"; a: string; b: string }
  | { view: "visit"; id: string }
  | { view: "document"; id: string }
  | { view: "article"; id: string; start?: number; end?: number }
  | { view: "search"; q: string; type: string }
  | { view: "missing"; path: string };

const part = encodeURIComponent;

export const href = {
  network: (query?: URLSearchParams) => `#/${query?.size ? `?${query}` : ""}`,
  country: (code: string) => `#/country/${part(code)}`,
  relations: (a: string, b: string) => `#/relations/${part(a)}/${part(b)}`,
  visit: (id: string) => `#/visit/${part(id)}`,
  document: (id: string) => `#/document/${part(id)}`,
  article: (id: string, span?: { start: number; end: number }) =>
    `#/article/${part(id)}${span ? `?start=${span.start}&end=${span.end}` : ""}`,
  search: (q: string, type = "") => `#/search?${new URLSearchParams(type ? { q, type } : { q })}`,
};

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, "") || "/";
  const [path = "/", search = ""] = raw.split("?", 2);
  const query = new URLSearchParams(search);
  const segments = path
    .split("/")
    .filter(Boolean)
    .map((s) => decodeURIComponent(s));
  const [view, first, second] = segments;
  const span = (name: string) => {
    const value = query.get(name);
    return value !== null && /^\d+$/.test(value) ? Number(value) : undefined;
  };
  if (!view) return { view: "network", query };
  if (view === "country" && first) return { view, code: first.toUpperCase() };
  if (view === "relations" && first && second)
    return { view, a: first.toUpperCase(), b: second.toUpperCase() };
  if (view === "visit" && first) return { view, id: first };
  if (view === "document" && first) return { view, id: first };
  if (view === "article" && first)
    return { view, id: first, start: span("start"), end: span("end") };
  if (view === "search") return { view, q: query.get("q") ?? "", type: query.get("type") ?? "" };
  return { view: "missing", path };
}

export function useRoute(): { route: Route; hash: string } {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const changed = () => setHash(location.hash);
    addEventListener("hashchange", changed);
    return () => removeEventListener("hashchange", changed);
  }, []);
  return { route: parseRoute(hash), hash };
}
