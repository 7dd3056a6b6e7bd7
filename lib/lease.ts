/**
 * A named lease in the database: whoever holds it runs a background loop (the job runner), so one server
 * of a database does the work and another takes over once the holder stops renewing it.
 */
import "server-only";
import { db } from "@/lib/db/client";

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Takes or renews the lease for `ttlMs`; true when `holder` has it afterwards. One conditional UPDATE
 * (expired, or already ours) or one INSERT of a missing row: both atomic, so two holders never both win.
 */
export async function acquireLease({
  name,
  holder,
  ttlMs,
  now = new Date(),
}: {
  name: string;
  holder: string;
  ttlMs: number;
  now?: Date;
}): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const { count } = await db.lease.updateMany({
    where: { name, OR: [{ holder }, { expiresAt: { lte: now } }] },
    data: { holder, expiresAt },
  });
  if (count === 1) return true;
  try {
    await db.lease.create({ data: { name, holder, expiresAt } });
    return true;
  } catch (error) {
    // Someone else holds it (or created it a moment ago).
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Gives the lease up at once, so the next server need not wait for it to expire. */
export async function releaseLease({ name, holder }: { name: string; holder: string }): Promise<void> {
  await db.lease.deleteMany({ where: { name, holder } });
}
