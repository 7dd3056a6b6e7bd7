import { describe, expect, it } from "vitest";
import { type Page, paginate, readLimit } from "./pagination";

const items = ["a", "b", "c", "d", "e"].map((id) => ({ id }));

describe("paginate", () => {
  it("walks every item exactly once with the last id as cursor", () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page<{ id: string }> = paginate(items, { after, limit: 2 });
      seen.push(...page.data.map((item) => item.id));
      if (!page.has_more) break;
      after = page.data.at(-1)?.id ?? null;
    }
    expect(seen).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("says there is no more on an exactly full last page", () => {
    expect(paginate(items, { after: "c", limit: 2 })).toEqual({
      object: "list",
      data: [{ id: "d" }, { id: "e" }],
      has_more: false,
    });
  });

  it("gives an empty page for an unknown cursor", () => {
    expect(paginate(items, { after: "zz", limit: 2 })).toEqual({ object: "list", data: [], has_more: false });
  });

  it("adds first and last ids where the list has them", () => {
    expect(paginate(items, { after: null, limit: 2, withIds: true })).toMatchObject({
      first_id: "a",
      last_id: "b",
      has_more: true,
    });
    expect(paginate([], { after: null, limit: 2, withIds: true })).toMatchObject({ first_id: null, last_id: null });
  });
});

describe("readLimit", () => {
  const url = (query: string) => new URL(`http://sandbox.test/x${query}`);

  it("uses the endpoint's default when none is given", () => {
    expect(readLimit(url(""), { fallback: 20, max: 100 })).toBe(20);
  });

  it("refuses limits outside the range with OpenAI's error", () => {
    for (const bad of ["0", "101", "2.5", "ten"]) {
      expect(() => readLimit(url(`?limit=${bad}`), { fallback: 20, max: 100 })).toThrow(/Invalid 'limit'/);
    }
  });
});
