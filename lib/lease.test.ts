import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { acquireLease, releaseLease } from "./lease";

const name = "runner";
const ttlMs = 10_000;
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 26, 8, 0, seconds));

afterEach(async () => {
  await db.lease.deleteMany();
});

// Real SQLite and HTTP on a shared, busy machine: generous time, no timed assertions.
describe("acquireLease", { timeout: 30_000 }, () => {
  it("gives a free lease to the first holder and refuses the second while it lasts", async () => {
    expect(await acquireLease({ name, holder: "a", ttlMs, now: at(0) })).toBe(true);
    expect(await acquireLease({ name, holder: "b", ttlMs, now: at(5) })).toBe(false);
    expect(await db.lease.findUniqueOrThrow({ where: { name } })).toMatchObject({ holder: "a" });
  });

  it("lets the holder renew, which pushes the expiry on", async () => {
    await acquireLease({ name, holder: "a", ttlMs, now: at(0) });
    expect(await acquireLease({ name, holder: "a", ttlMs, now: at(8) })).toBe(true);
    expect(await acquireLease({ name, holder: "b", ttlMs, now: at(12) })).toBe(false);
    expect((await db.lease.findUniqueOrThrow({ where: { name } })).expiresAt).toEqual(at(18));
  });

  it("hands an expired lease to another holder, and the old holder then loses it", async () => {
    await acquireLease({ name, holder: "a", ttlMs, now: at(0) });
    expect(await acquireLease({ name, holder: "b", ttlMs, now: at(10) })).toBe(true);
    expect(await acquireLease({ name, holder: "a", ttlMs, now: at(11) })).toBe(false);
  });

  it("gives the lease to exactly one of two holders asking at the same time", async () => {
    const results = await Promise.all([
      acquireLease({ name, holder: "a", ttlMs, now: at(0) }),
      acquireLease({ name, holder: "b", ttlMs, now: at(0) }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("keeps leases of different names apart", async () => {
    expect(await acquireLease({ name: "one", holder: "a", ttlMs, now: at(0) })).toBe(true);
    expect(await acquireLease({ name: "two", holder: "b", ttlMs, now: at(0) })).toBe(true);
  });
});

describe("releaseLease", { timeout: 30_000 }, () => {
  it("frees the lease for the next holder at once, but only when the caller holds it", async () => {
    await acquireLease({ name, holder: "a", ttlMs, now: at(0) });
    await releaseLease({ name, holder: "b" });
    expect(await acquireLease({ name, holder: "b", ttlMs, now: at(1) })).toBe(false);
    await releaseLease({ name, holder: "a" });
    expect(await acquireLease({ name, holder: "b", ttlMs, now: at(1) })).toBe(true);
  });
});
