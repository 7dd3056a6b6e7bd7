/**
 * axe-core on every main page, in light and dark theme and in German: no violation of impact serious or critical.
 * The data the pages show (a dataset with examples and problems, jobs with metrics) is seeded, not clicked.
 */
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { seedDatasetVersion, seedJobs, workspaceOf } from "../scripts/test/seed-jobs";
import { openDatabase } from "../scripts/test/seed-sandbox";
import { toJsonl, withErrors } from "./datasets/files";
import { newUser, signUp } from "./fixtures";

const DATA_DIR = path.resolve(import.meta.dirname, "../.e2e-data");
const database = () => openDatabase(path.join(DATA_DIR, "app.db"));

/** Fails with each serious or critical violation on the page as it is now: its rule, help and elements. */
async function expectAccessible(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  // axe marks the label-in-name check experimental and leaves it out by default; speech input users need it.
  const { violations } = await new AxeBuilder({ page })
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .analyze();
  const severe = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  const report = severe.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
        .map((node) => `    ${node.target.join(" ")}: ${node.failureSummary?.replaceAll("\n", " ")}`)
        .join("\n")}`,
  );
  expect(report, `Accessibility violations on ${url}`).toEqual([]);
}

/** A signed-in person with a dataset (examples with problems), a frozen version and jobs, one with metrics. */
async function seededWorkspace(page: Page, lang: "en" | "de") {
  const user = newUser();
  await signUp(page, user, lang);
  const db = database();
  const { workspaceId, userId } = workspaceOf(db, user.email);
  const { datasetId, versionId } = seedDatasetVersion(db, { workspaceId, name: "Support answers" });
  const imported = await page.request.post(`/api/datasets/${datasetId}/import`, {
    data: toJsonl(withErrors),
    headers: { "content-type": "application/jsonl", "x-filename": "data.jsonl" },
  });
  expect(imported.status(), await imported.text()).toBe(200);
  const [jobId] = seedJobs(db, {
    workspaceId,
    jobs: [
      {
        status: "succeeded",
        startedById: userId,
        trainingVersionId: versionId,
        fineTunedModel: "ft:gpt-4o-mini-2024-07-18:acme:helpdesk:Ab12Cd34",
        steps: 30,
        epochs: 3,
        checkpoints: [10, 20, 30],
        resultFiles: ["file-result"],
      },
      { status: "failed", startedById: userId, error: { code: "invalid_file", message: "Bad line 3.", param: null } },
    ],
  });
  return { datasetId, jobId };
}

const variants = [
  { name: "light, English", lang: "en", locale: "en-US", colorScheme: "light" },
  { name: "dark, English", lang: "en", locale: "en-US", colorScheme: "dark" },
  { name: "light, German", lang: "de", locale: "de-DE", colorScheme: "light" },
] as const;

/** Two halves, so the two test workers scan them side by side; each signs up and seeds its own workspace. */
const groups = [
  {
    name: "the signed-out pages and the data and training pages",
    signedOut: ["/sign-in", "/sign-up"],
    pages: ({ datasetId, jobId }: Seeded) => [
      "/",
      "/datasets",
      `/datasets/${datasetId}`,
      "/jobs",
      "/jobs/new",
      `/jobs/${jobId}`,
    ],
  },
  {
    name: "the chat, team and settings pages",
    signedOut: [],
    pages: () => ["/chat", "/connections", "/members", "/settings", "/audit", "/docs"],
  },
];

type Seeded = Awaited<ReturnType<typeof seededWorkspace>>;

for (const variant of variants) {
  test.describe(variant.name, () => {
    test.use({ locale: variant.locale, colorScheme: variant.colorScheme });

    for (const group of groups) {
      test(`${group.name} have no serious or critical accessibility violations`, async ({ page }) => {
        // Up to eight pages, each loaded and scanned by axe: long work by design.
        test.setTimeout(180_000);
        for (const url of group.signedOut) await test.step(url, () => expectAccessible(page, url));
        const seeded = await seededWorkspace(page, variant.lang);
        for (const url of group.pages(seeded)) await test.step(url, () => expectAccessible(page, url));
      });
    }
  });
}
