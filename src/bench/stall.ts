// Watches a client's commands so a benchmark step that waits forever on the server fails with a name.
import type {
  CommandFailedEvent,
  CommandStartedEvent,
  CommandSucceededEvent,
  MongoClient,
} from "mongodb";

export class StalledCommandError extends Error {}

/**
 * Runs `fn`, rejecting if one database command stays unanswered for `stallMs` (the client needs
 * monitorCommands). The work itself cannot be cancelled; the caller moves on without it.
 */
export async function withStallGuard<T>(
  client: MongoClient,
  stallMs: number,
  fn: () => Promise<T>,
): Promise<T> {
  const pending = new Map<number, { name: string; collection: string; ops: number; at: number }>();
  const onStart = (e: CommandStartedEvent) => {
    const cmd = e.command as Record<string, unknown>;
    const ops = ["updates", "deletes", "documents"].reduce(
      (n, k) => n + (Array.isArray(cmd[k]) ? (cmd[k] as unknown[]).length : 0),
      0,
    );
    pending.set(e.requestId, {
      name: e.commandName,
      collection: String(cmd[e.commandName] ?? ""),
      ops,
      at: Date.now(),
    });
  };
  const onEnd = (e: CommandSucceededEvent | CommandFailedEvent) => pending.delete(e.requestId);
  client.on("commandStarted", onStart);
  client.on("commandSucceeded", onEnd);
  client.on("commandFailed", onEnd);
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setInterval(() => {
      const now = Date.now();
      for (const p of pending.values()) {
        if (now - p.at > stallMs) {
          reject(
            new StalledCommandError(
              `database did not answer ${p.name} on ${p.collection} (${p.ops} operations) for ${Math.round((now - p.at) / 1000)} s`,
            ),
          );
        }
      }
    }, 1000);
  });
  const work = fn();
  // Once abandoned, the work's own failure (e.g. the client closing under it) is no news.
  work.catch(() => {});
  try {
    return await Promise.race([work, stalled]);
  } finally {
    clearInterval(timer);
    client.off("commandStarted", onStart);
    client.off("commandSucceeded", onEnd);
    client.off("commandFailed", onEnd);
  }
}
