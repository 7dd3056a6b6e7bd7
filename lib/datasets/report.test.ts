/** The dataset report: counts, token spread and problems of a dataset's examples, as the studio shows them. */
import { beforeAll, describe, expect, it } from "vitest";
import { countChatTokens } from "@/lib/training-data/tokens";
import { addExample, datasetReport, saveExample } from "./queries";
import { chatExample, datasetWith, questions, seedWorkspace } from "./test-fixtures";

let alice: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  alice = await seedWorkspace("Alice");
});

describe("datasetReport", () => {
  it("needs 10 examples and no errors to be ready", async () => {
    const datasetId = await datasetWith(alice, questions(9));
    expect(await datasetReport({ ...alice, datasetId })).toMatchObject({
      examples: 9,
      ready: false,
      rules: [{ code: "too_few_examples", params: { count: 9, min: 10 }, severity: "error" }],
    });
    const broken = await addExample({ ...alice, datasetId, data: { messages: [] } });
    expect(await datasetReport({ ...alice, datasetId })).toMatchObject({ examples: 10, errors: 1, ready: false });
    await saveExample({ ...alice, datasetId, exampleId: broken.id, data: chatExample("Q?"), expectedRevision: 1 });
    const report = await datasetReport({ ...alice, datasetId });
    expect(report).toMatchObject({
      examples: 10,
      errors: 0,
      warnings: 0,
      ready: true,
      autoEpochs: 10,
      rules: [{ code: "few_examples_advice", params: { count: 10, recommended: 50 }, severity: "info" }],
    });
    expect(report.billingTokens).toBe(report.tokens);
    expect(report.estimatedTrainingCost).toEqual({
      usd: (report.tokens * 10 * 3) / 1_000_000,
      perEpochTokens: report.tokens,
      epochs: 10,
    });
  });

  it("bills examples over the model's limit at the limit and warns about them", async () => {
    const huge = chatExample("Summarise.", "word ".repeat(70_000));
    const datasetId = await datasetWith(alice, [huge, ...questions(9)]);
    const report = await datasetReport({ ...alice, datasetId });
    const hugeTokens = countChatTokens(huge.messages);
    expect(hugeTokens).toBeGreaterThan(65_536);
    expect(report.billingTokens).toBe(report.tokens - hugeTokens + 65_536);
    expect(report.rules).toContainEqual({
      code: "examples_over_token_limit",
      params: { count: 1, limit: 65_536 },
      severity: "warning",
    });
    expect(report).toMatchObject({ warnings: 1, ready: true });
  });
});
