// A lease that lets one writer at a time write to the store, across processes and machines.
// Visits are clustered from the stored reports of a state pair, and a person's counts are
// read before they change: two writers doing either at once would each miss the other's work.
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { type Db, MongoServerError } from "mongodb";
import { collections } from "../db/collections.js";

const LEASE_ID = "writer";
/** A writer that stops renewing (killed, cut off) loses the lease after this long. */
const LEASE_MS = 30_000;
const RENEW_MS = 5_000;
const RETRY_MS = 50;
const MAX_RETRY_MS = 1_000;

/** This process's name as a lease owner: host and pid tell a dead holder on the same machine. */
function ownerName(): string {
  return `${hostname()}|${process.pid}|${randomBytes(6).toString("hex")}`;
}

/** A holder on this machine whose process is gone will never renew; no need to wait it out. */
function deadOnThisHost(owner: string): boolean {
  const [host, pid] = owner.split("|");
  if (host !== hostname() || !pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "ESRCH";
  }
}

export interface Lease {
  /** Throws when the lease was lost (another writer took it after it expired). */
  check(): void;
  release(): Promise<void>;
}

/** Waits until this process holds the store's writer lease, and keeps renewing it. */
export async function acquireLease(db: Db): Promise<Lease> {
  const meta = collections(db).meta;
  const owner = ownerName();
  let wait = RETRY_MS;
  for (;;) {
    const now = new Date();
    const expiresAt = new Date(now.getTime() + LEASE_MS);
    try {
      const taken = await meta.updateOne(
        { _id: LEASE_ID, $or: [{ owner: null }, { expiresAt: { $lt: now } }] },
        { $set: { owner, expiresAt } },
        { upsert: true },
      );
      if (taken.matchedCount + taken.upsertedCount > 0) break;
    } catch (err) {
      // The upsert met the held lease's document: someone else holds it.
      if (!(err instanceof MongoServerError && err.code === 11000)) throw err;
    }
    const held = await meta.findOne({ _id: LEASE_ID });
    if (held?.owner && deadOnThisHost(held.owner)) {
      await meta.updateOne({ _id: LEASE_ID, owner: held.owner }, { $set: { owner: null } });
      continue;
    }
    await new Promise((r) => setTimeout(r, wait));
    wait = Math.min(wait * 2, MAX_RETRY_MS);
  }
  let lost: Error | null = null;
  let renewing: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    renewing = meta
      .updateOne({ _id: LEASE_ID, owner }, { $set: { expiresAt: new Date(Date.now() + LEASE_MS) } })
      .then(async (r) => {
        if (r.matchedCount > 0) return;
        // Named in the error, so that a user can tell which process took the lease over.
        const held = await meta.findOne({ _id: LEASE_ID });
        lost = new Error(
          `the store's writer lease was taken over${held?.owner ? ` by ${held.owner}` : ""}`,
        );
      })
      .catch(() => {});
  }, RENEW_MS);
  timer.unref();
  return {
    check() {
      if (lost) throw lost;
    },
    async release() {
      clearInterval(timer);
      await renewing;
      await meta.updateOne(
        { _id: LEASE_ID, owner },
        { $set: { owner: null, expiresAt: new Date(0) } },
      );
    },
  };
}

/** Runs `fn` holding the writer lease. */
export async function withLease<T>(db: Db, fn: (lease: Lease) => Promise<T>): Promise<T> {
  const lease = await acquireLease(db);
  try {
    return await fn(lease);
  } finally {
    // A lease that cannot be released expires; the error that matters is fn's own.
    await lease.release().catch(() => {});
  }
}
