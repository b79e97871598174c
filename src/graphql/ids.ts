// Global object ids: opaque to clients, decoded here into a GraphQL type and a stored _id.
export const NODE_TYPES = [
  "Country",
  "Person",
  "Visit",
  "Statement",
  "SignedDocument",
  "Article",
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export function toGlobalId(type: NodeType, rawId: string): string {
  return Buffer.from(`${type}:${rawId}`, "utf8").toString("base64url");
}

/** The type and stored id behind a global id, or null when the id is not one of ours. */
export function fromGlobalId(id: string): { type: NodeType; rawId: string } | null {
  if (id.length > 512 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const decoded = Buffer.from(id, "base64url").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0) return null;
  const type = decoded.slice(0, colon);
  const rawId = decoded.slice(colon + 1);
  if (rawId.length === 0 || !(NODE_TYPES as readonly string[]).includes(type)) return null;
  return { type: type as NodeType, rawId };
}

/** The stored id behind a global id of the expected type, or null. */
export function rawIdOf(id: string, type: NodeType): string | null {
  const decoded = fromGlobalId(id);
  return decoded && decoded.type === type ? decoded.rawId : null;
}
