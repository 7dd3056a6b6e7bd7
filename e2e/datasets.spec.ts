import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { fixed, toJsonl, withErrors } from "./datasets/files";
import { createDataset, importAnswer, importJsonl, importThrough } from "./datasets/versions";
import { newUser, signUp } from "./fixtures";

test("import with errors, fix them in the editor, freeze a version and export it byte for byte", async ({ page }) => {
  await signUp(page, newUser());
  await createDataset(page, "Kundendienst T-1000");
  await importJsonl(page, "support.jsonl", withErrors);
  await expect(page.getByText("Imported 11 examples.")).toBeVisible();
  const report = page.getByRole("region", { name: "Dataset check" });
  await expect(report).toContainText("2 examples have errors");

  await page.getByLabel("Show").selectOption("errors");
  await expect(page.getByText("2 of 11 examples")).toBeVisible();
  await page.getByRole("option", { name: /#3/ }).click();
  const editor = page.getByRole("region", { name: "Example #3" });
  await expect(editor.getByRole("list", { name: "Problems of this example" })).toContainText("Message 2");
  await editor.getByRole("group", { name: "Message 2" }).getByLabel("Role").selectOption("user");
  await expect(editor.getByTestId("save-status")).toHaveText("All changes saved");
  await expect(editor.getByText("No problems: the provider will accept this example.")).toBeVisible();

  await page.getByRole("option", { name: /#7/ }).click();
  const seventh = page.getByRole("region", { name: "Example #7" });
  await seventh.getByRole("button", { name: "Add message" }).click();
  await seventh.getByRole("group", { name: "Message 3" }).getByLabel("Content").fill("Zwei Jahre ab Kaufdatum.");
  await expect(seventh.getByTestId("save-status")).toHaveText("All changes saved");

  await expect(report).toContainText("Ready: the provider will accept this data.");
  await page.getByRole("button", { name: "Freeze version" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download v1 (JSONL)" }).click();
  const file = await (await download).path();
  expect(fs.readFileSync(file, "utf8")).toBe(toJsonl(fixed));
});

test("a refused file explains itself in German and leaves the dataset as it was", async ({ browser }) => {
  const page = await browser.newPage({ locale: "de-DE" });
  await signUp(page, newUser(), "de");
  await page.goto("/datasets");
  await page.getByRole("button", { name: "Neuer Datensatz" }).click();
  await page.getByRole("dialog").getByLabel("Name").fill("Leer");
  await page.getByRole("dialog").getByRole("button", { name: "Speichern" }).click();
  await expect(page).toHaveURL(/\/datasets\/\w+/, { timeout: 30_000 });
  const answer = await importAnswer(page, () =>
    page.getByLabel("Datei auswählen").setInputFiles({
      name: "array.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(withErrors)),
    }),
  );
  expect(answer.status()).toBe(400);
  await expect(page.getByRole("alert").filter({ hasText: "Die Datei ist ein einziges JSON-Array" })).toBeVisible();
  await expect(page.getByText("0 von 0 Beispielen")).toBeVisible();
});

test("another workspace's dataset is not found", async ({ page, browser }) => {
  await signUp(page, newUser());
  await createDataset(page, "Private data");
  const url = page.url();
  const other = await browser.newPage();
  await signUp(other, newUser("Eve"));
  const response = await other.goto(url);
  expect(response?.status()).toBe(404);
  await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("a CSV becomes chat examples through the column mapping", async ({ page }) => {
  await signUp(page, newUser());
  await createDataset(page, "FAQ aus Tabelle");
  const csv =
    'Nr,Frage,Antwort\r\n1,Wie lange hält der Akku?,Bis zu 120 Minuten.\r\n2,"Gibt es Ersatzteile, etwa Bürsten?","Ja, im Shop:\nunter Zubehör."\r\n';
  await page
    .getByLabel("Choose file")
    .setInputFiles({ name: "faq.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  const dialog = page.getByRole("dialog", { name: "Import faq.csv" });
  await expect(dialog.getByLabel("Frage")).toHaveValue("user");
  await expect(dialog.getByLabel("Antwort")).toHaveValue("assistant");
  await expect(dialog.getByLabel("Nr")).toHaveValue("ignore");
  await dialog.getByLabel("System prompt for all examples (optional)").fill("Du bist der Kundendienst.");
  await importThrough(page, () => dialog.getByRole("button", { name: "Import" }).click());
  await expect(page.getByText("Imported 2 examples.")).toBeVisible();

  await page.getByRole("option", { name: /#2/ }).click();
  const editor = page.getByRole("region", { name: "Example #2" });
  await expect(editor.getByRole("group", { name: "Message 1" }).getByLabel("Role")).toHaveValue("system");
  await expect(editor.getByRole("group", { name: "Message 1" }).getByLabel("Content")).toHaveValue(
    "Du bist der Kundendienst.",
  );
  await expect(editor.getByRole("group", { name: "Message 2" }).getByLabel("Content")).toHaveValue(
    "Gibt es Ersatzteile, etwa Bürsten?",
  );
  await expect(editor.getByRole("group", { name: "Message 3" }).getByLabel("Content")).toHaveValue(
    "Ja, im Shop:\nunter Zubehör.",
  );
});

test("duplicates go, one system prompt for all, and a version with a validation split", async ({ page }) => {
  await signUp(page, newUser());
  await createDataset(page, "Mit Duplikaten");
  await importJsonl(page, "dup.jsonl", [...fixed, fixed[0] as object]);
  await expect(page.getByText("Imported 12 examples.")).toBeVisible();
  await page.getByLabel("Show").selectOption("duplicates");
  await expect(page.getByText("2 of 12 examples")).toBeVisible();

  await page.getByRole("button", { name: "Remove duplicates" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove duplicates" }).click();
  await expect(page.getByText("1 duplicate removed.")).toBeVisible();

  await page.getByRole("button", { name: "System prompt for all" }).click();
  await page.getByRole("dialog").getByLabel("System prompt").fill("Antworte kurz und freundlich.");
  await page.getByRole("dialog").getByRole("button", { name: "Apply to all" }).click();
  await expect(page.getByText("11 examples changed.")).toBeVisible();
  await page.getByLabel("Show").selectOption("all");
  await page.getByRole("option", { name: /#4/ }).click();
  const editor = page.getByRole("region", { name: "Example #4" });
  await expect(editor.getByRole("group", { name: "Message 1" }).getByLabel("Content")).toHaveValue(
    "Antworte kurz und freundlich.",
  );

  await page.getByLabel("Validation set").selectOption({ label: "10% of the examples" });
  await page.getByRole("button", { name: "Freeze version" }).click();
  await expect(page.getByText("1 for validation")).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download v1 validation (JSONL)" }).click();
  const lines = fs
    .readFileSync(await (await download).path(), "utf8")
    .trimEnd()
    .split("\n");
  expect(lines).toHaveLength(1);
  expect(JSON.parse(lines[0] ?? "{}").messages[0]).toEqual({
    role: "system",
    content: "Antworte kurz und freundlich.",
  });
});

test("two versions compared: a changed answer with before and after, a removed example", async ({ page, browser }) => {
  await signUp(page, newUser());
  await createDataset(page, "Vergleich");
  await importJsonl(page, "support.jsonl", fixed);
  await expect(page.getByText("Imported 11 examples.")).toBeVisible();
  await page.getByRole("button", { name: "Freeze version" }).click();
  await expect(page.getByRole("link", { name: "Download v1 (JSONL)" })).toBeVisible();

  await page.getByRole("option", { name: /Wie lange hält der Akku/ }).click();
  const editor = page.getByRole("region", { name: "Example #1" });
  await editor.getByRole("group", { name: "Message 3" }).getByLabel("Content").fill("Bis zu 150 Minuten pro Ladung.");
  await expect(editor.getByTestId("save-status")).toHaveText("All changes saved");
  await page.getByRole("option", { name: /Wie reinige ich den Filter/ }).click();
  await expect(page.getByRole("region", { name: "Example #2" })).toBeVisible();
  await page.getByRole("button", { name: "Delete example" }).click();
  await expect(page.getByText("10 of 10 examples")).toBeVisible();
  await page.getByRole("button", { name: "Freeze version" }).click();
  await expect(page.getByRole("link", { name: "Download v2 (JSONL)" })).toBeVisible();

  const comparison = page.getByRole("region", { name: "Compare versions" });
  const counts = comparison.getByRole("list", { name: "Differences from v1 to v2" });
  await expect(counts).toContainText("0 added");
  await expect(counts).toContainText("1 removed");
  await expect(counts).toContainText("1 changed");
  await expect(counts).toContainText("9 unchanged");
  const items = comparison.getByRole("list", { name: "Changed examples" }).getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText("ChangedWie lange hält der Akku?");
  await expect(items.nth(0).getByRole("definition")).toHaveText([
    "Bis zu 120 Minuten pro Ladung.",
    "Bis zu 150 Minuten pro Ladung.",
  ]);
  await expect(items.nth(1)).toContainText("RemovedWie reinige ich den Filter?");

  const versionId = async (number: number) =>
    (await page.getByRole("link", { name: `Download v${number} (JSONL)` }).getAttribute("href"))?.split("/")[3];
  const diffUrl = `${new URL(page.url()).pathname.replace("/datasets/", "/api/datasets/")}/diff?from=${await versionId(1)}&to=${await versionId(2)}`;
  expect((await page.request.get(diffUrl)).status()).toBe(200);
  const other = await browser.newPage();
  await signUp(other, newUser("Eve"));
  expect((await other.request.get(diffUrl)).status()).toBe(404);
});

test("3 000 examples: rows load as the list scrolls, keys move through them, filters run on the server", async ({
  page,
}) => {
  await signUp(page, newUser());
  await createDataset(page, "Viele Beispiele");
  const chat = (question: string, answer: string) => ({
    messages: [
      { role: "user", content: question },
      { role: "assistant", content: answer },
    ],
  });
  const many = Array.from({ length: 3000 }, (_, i) => chat(`Frage ${i + 1}?`, `Antwort ${i + 1}.`));
  many[99] = chat("Frage 100?", "Wort ".repeat(500));
  many[2949] = chat("Bitte an anna@example.com schicken?", "Gern.");
  await importJsonl(page, "viele.jsonl", many);
  await expect(page.getByText(/Imported 3,?000 examples\./)).toBeVisible();
  await expect(page.getByText(/^3,?000 of 3,?000 examples$/)).toBeVisible();

  // Far down the list: its page of rows is fetched when it scrolls into view.
  const list = page.getByRole("listbox", { name: "Examples" });
  await list.evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await page.getByRole("option", { name: /#2998/ }).click();
  await expect(page.getByRole("region", { name: "Example #2998" })).toBeVisible();
  await list.press("ArrowDown");
  await expect(page.getByRole("region", { name: "Example #2999" })).toBeVisible();
  await expect(page.getByRole("option", { name: /#2999/ })).toHaveAttribute("aria-selected", "true");
  await list.press("Home");
  await expect(page.getByRole("region", { name: "Example #1" })).toBeVisible();
  await list.press("End");
  await expect(page.getByRole("region", { name: "Example #3000" })).toBeVisible();
  await list.press("PageUp");
  await expect(page.getByRole("region", { name: "Example #2990" })).toBeVisible();

  await page.getByLabel("Show").selectOption("sensitive");
  await expect(page.getByText(/^1 of 3,?000 examples$/)).toBeVisible();
  await expect(list.getByRole("option")).toHaveCount(1);
  await list.getByRole("option", { name: /#2950/ }).click();
  await expect(page.getByRole("region", { name: "Example #2950" })).toContainText("e-mail address");

  await page.getByLabel("Show").selectOption("all");
  await page.getByLabel("At least this many tokens").fill("400");
  await expect(list.getByRole("option")).toHaveCount(1);
  await expect(list.getByRole("option", { name: /#100/ })).toBeVisible();
  await page.getByLabel("At most this many tokens").fill("300");
  await expect(page.getByText(/^0 of 3,?000 examples$/)).toBeVisible();
  await page.getByLabel("At least this many tokens").fill("");
  await page.getByLabel("At most this many tokens").fill("");

  // 299 and 2990–2999 without 2950, which asks something else now.
  await page.getByLabel("Search examples").fill("FRAGE 299");
  await expect(page.getByText(/^11 of 3,?000 examples$/)).toBeVisible();
  await page.getByLabel("Search examples").fill("frage 295");
  await expect(page.getByText(/^10 of 3,?000 examples$/)).toBeVisible();
});
