import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { auditCsv, listAuditEntries } from "./queries";
import { cleanDetails, record } from "./record";
import { auditFilterFrom } from "./schema";

async function seedActor(name: string) {
  const user = await db.user.create({ data: { id: randomUUID(), name, email: `${randomUUID()}@example.com` } });
  const workspace = await db.workspace.create({ data: { name: `${name}'s workspace` } });
  return { user: { id: user.id, name, email: user.email }, workspace: { id: workspace.id } };
}

const KEY = "sk-proj-Abcdefghijklmnop0123456789";

describe("audit entries never hold secrets", () => {
  it("keeps allowed details and drops every other key", () => {
    expect(
      cleanDetails({ kind: "openai", role: "editor", apiKey: KEY, token: "t", secret: "s", password: "p", nested: {} }),
    ).toEqual({ kind: "openai", role: "editor" });
  });

  it("redacts values that look like credentials even under an allowed key", () => {
    expect(cleanDetails({ email: KEY, reason: "Bearer abc.def", model: "a".repeat(64) })).toEqual({
      email: "[redacted]",
      reason: "[redacted]",
      model: "[redacted]",
    });
    expect(cleanDetails({ model: "gpt-4o-mini-2024-07-18", status: 429 })).toEqual({
      model: "gpt-4o-mini-2024-07-18",
      status: 429,
    });
  });

  it("stores a connection's change without its key, anywhere in the row", async () => {
    const actor = await seedActor("Ada");
    const input = { kind: "openai", name: "Prod", apiKey: KEY, baseUrl: "https://api.example.com/v1" };
    await record(actor, "connection.key_rotated", { type: "connection", id: "c1", name: input.name }, input);
    await record(actor, "connection.created", { type: "connection", id: "c2", name: KEY }, { webhookSecret: KEY });
    const rows = await db.auditEntry.findMany({ where: { workspaceId: actor.workspace.id } });
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toContain(KEY);
    expect(JSON.stringify(rows)).not.toContain("api.example.com");
    expect(rows.find((row) => row.targetId === "c1")?.details).toBe(JSON.stringify({ kind: "openai" }));
  });
});

describe("reading the log", () => {
  it("filters by person, action and day, newest first", async () => {
    const ada = await seedActor("Ada");
    const bob = { ...(await seedActor("Bob")), workspace: ada.workspace };
    await record(ada, "member.invited", null, { role: "viewer" });
    await record(bob, "member.joined");
    await record(bob, "job.started", { type: "job", id: "j1" });
    await db.auditEntry.updateMany({
      where: { action: "member.invited" },
      data: { createdAt: new Date("2026-01-05T12:00:00Z") },
    });
    const all = await listAuditEntries({ workspaceId: ada.workspace.id, filter: auditFilterFrom({}) });
    expect(all.map((entry) => entry.action)).toEqual(["job.started", "member.joined", "member.invited"]);
    const bobs = await listAuditEntries({
      workspaceId: ada.workspace.id,
      filter: auditFilterFrom({ actor: bob.user.id }),
    });
    expect(bobs.map((entry) => entry.action).sort()).toEqual(["job.started", "member.joined"]);
    const jobs = await listAuditEntries({
      workspaceId: ada.workspace.id,
      filter: auditFilterFrom({ action: "job.started" }),
    });
    expect(jobs).toHaveLength(1);
    const january = await listAuditEntries({
      workspaceId: ada.workspace.id,
      filter: auditFilterFrom({ from: "2026-01-05", to: "2026-01-05" }),
    });
    expect(january.map((entry) => entry.action)).toEqual(["member.invited"]);
    // A bad filter value is ignored, not an error.
    expect(auditFilterFrom({ action: "drop table", from: "yesterday" })).toEqual({
      actor: undefined,
      action: undefined,
      from: undefined,
      to: undefined,
    });
  });

  it("exports CSV that a spreadsheet reads as text", () => {
    const csv = auditCsv([
      {
        id: "1",
        createdAt: new Date("2026-01-05T12:00:00Z"),
        actorId: "u",
        actorName: '=HYPERLINK("x")',
        actorEmail: "a@example.com",
        action: "job.started",
        targetType: "job",
        targetId: "j1",
        targetName: "bot, v2",
        details: { model: "gpt-4o-mini" },
      },
    ]);
    const [header, line] = csv.split("\r\n");
    expect(header).toBe("time,person,email,action,target_type,target_id,target_name,details");
    expect(line).toBe(
      `2026-01-05T12:00:00.000Z,"'=HYPERLINK(""x"")",a@example.com,job.started,job,j1,"bot, v2","{""model"":""gpt-4o-mini""}"`,
    );
  });
});
