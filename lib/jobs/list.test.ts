import { describe, expect, it } from "vitest";
import { isFiltered, jobListSearchParams, parseJobListQuery } from "./list";

describe("the jobs list query in the URL", () => {
  it("reads filters, sort and page, and writes them back without defaults", () => {
    const query = parseJobListQuery(
      new URLSearchParams("status=failed&model=gpt-4o-mini-2024-07-18&q=%20helpdesk%20&sort=cost&dir=asc&page=3"),
    );
    expect(query).toEqual({
      status: "failed",
      connection: undefined,
      model: "gpt-4o-mini-2024-07-18",
      person: undefined,
      dataset: undefined,
      q: "helpdesk",
      sort: "cost",
      dir: "asc",
      page: 3,
    });
    expect(jobListSearchParams(query).toString()).toBe(
      "status=failed&model=gpt-4o-mini-2024-07-18&q=helpdesk&sort=cost&dir=asc&page=3",
    );
    expect(isFiltered(query)).toBe(true);
  });

  it("falls back to the default view for anything malformed, and leaves it out of the URL", () => {
    const query = parseJobListQuery({ status: "exploded", sort: "name", dir: "sideways", page: ["-2", "5"], q: "" });
    expect(query).toMatchObject({ status: undefined, sort: "created", dir: "desc", page: 1 });
    expect(query.q).toBeUndefined();
    expect(jobListSearchParams(query).toString()).toBe("");
    expect(isFiltered(query)).toBe(false);
  });
});
