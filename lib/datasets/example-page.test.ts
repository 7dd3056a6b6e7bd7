import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { importExamples } from "./import/import-examples";
import { addExample, countExampleFilters, createDataset, listExamplePage, parseExampleQuery } from "./queries";
import { chatExample, chatJsonl, seedWorkspace, streamOf } from "./test-fixtures";

let owner: Awaited<ReturnType<typeof seedWorkspace>>;
let stranger: Awaited<ReturnType<typeof seedWorkspace>>;
let datasetId: string;

const all = parseExampleQuery(new URLSearchParams());
const query = (text: string) => parseExampleQuery(new URLSearchParams(text));
const page = (q = all, offset = 0, limit = 100) => listExamplePage({ ...owner, datasetId, query: q, offset, limit });

beforeAll(async () => {
  owner = await seedWorkspace("Paula");
  stranger = await seedWorkspace("Sam");
  ({ id: datasetId } = await createDataset({ ...owner, name: "Paged" }));
  // 1 000 plain examples, then some with problems at known positions.
  await importExamples({ ...owner, datasetId, body: streamOf(chatJsonl(1_000), 64 * 1024), filename: "a.jsonl" });
  await addExample({ ...owner, datasetId, data: chatExample("Mail me at anna@example.com please?") }); // 1001
  await addExample({ ...owner, datasetId, data: { messages: [{ role: "user", content: "No answer?" }] } }); // 1002
  await addExample({ ...owner, datasetId, data: chatExample("Question 7?", "A different answer.") }); // 1003
  await addExample({ ...owner, datasetId, data: chatExample("Tell me everything.", "word ".repeat(400)) }); // 1004
});

describe("listExamplePage", () => {
  it("gives any page of the unfiltered list by position, with the total known up front", async () => {
    const first = await page(all, 0, 100);
    expect(first.total).toBe(1_004);
    expect(first.examples.map((example) => example.position)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    const last = await page(all, 1_000, 100);
    expect(last.examples.map((example) => [example.position, example.preview])).toEqual([
      [1001, "Mail me at anna@example.com please?"],
      [1002, "No answer?"],
      [1003, "Question 7?"],
      [1004, "Tell me everything."],
    ]);
    expect((await page(all, 5_000)).examples).toEqual([]);
  });

  it("caps a page at 500 rows", async () => {
    expect((await page(all, 0, 10_000)).examples).toHaveLength(500);
  });

  it("searches the previews regardless of ASCII case, and pages through the matches", async () => {
    const found = await page(query("search=question 99"), 0, 5);
    expect(found.total).toBe(11); // 99 and 990–999
    expect(found.examples.map((example) => example.preview)).toEqual([
      "Question 99?",
      "Question 990?",
      "Question 991?",
      "Question 992?",
      "Question 993?",
    ]);
    expect((await page(query("search=QUESTION 99"), 10, 5)).examples.map((example) => example.position)).toEqual([999]);
  });

  it("filters by errors, warnings, sensitive data and duplicates", async () => {
    const positions = async (text: string) => (await page(query(text))).examples.map((example) => example.position);
    expect(await positions("filter=errors")).toEqual([1002]);
    expect(await positions("filter=sensitive")).toEqual([1001]);
    expect(await positions("filter=warnings")).toContain(1001);
    expect(await positions("filter=warnings")).not.toContain(1);
    expect(await positions("filter=duplicates")).toEqual([7, 1003]);
    expect((await page(query("filter=duplicates"), 1, 1)).examples.map((example) => example.position)).toEqual([1003]);
  });

  it("filters by a token count range, each end optional, combined with search", async () => {
    const long = await page(query("minTokens=300"));
    expect(long.examples.map((example) => example.position)).toEqual([1004]);
    const short = await page(query("maxTokens=15"));
    expect(short.total).toBeGreaterThan(0);
    expect(short.examples.every((example) => example.tokens <= 15)).toBe(true);
    const { tokens } = (await page(all, 0, 1)).examples[0] ?? { tokens: 0 };
    const exact = await page(query(`minTokens=${tokens}&maxTokens=${tokens}&search=Question 1?`));
    expect(exact.examples.map((example) => example.position)).toEqual([1]);
    expect((await page(query("minTokens=10&maxTokens=5"))).total).toBe(0);
  });

  it("refuses an unknown filter and a negative token count", () => {
    expect(() => query("filter=everything")).toThrow(AppError);
    expect(() => query("minTokens=-1")).toThrow(AppError);
    expect(query("minTokens=&search=")).toEqual(all);
  });

  it("does not show another workspace's dataset", async () => {
    await expect(listExamplePage({ ...stranger, datasetId, query: all, offset: 0, limit: 10 })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(countExampleFilters({ ...stranger, datasetId })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("countExampleFilters", () => {
  it("counts the examples each filter shows", async () => {
    const counts = await countExampleFilters({ ...owner, datasetId });
    expect(counts).toMatchObject({ all: 1_004, errors: 1, sensitive: 1 });
    expect(counts.warnings).toBe((await page(query("filter=warnings"), 0, 500)).total);
  });
});
