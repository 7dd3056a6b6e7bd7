/** The production build with one signed-up user, for the dataset benchmarks: its session, datasets, memory. */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext } from "@playwright/test";
import { openDatabase } from "../test/seed-sandbox.ts";
import { signUpIn } from "./sign-up.ts";

export type BenchApp = {
  url: string;
  context: BrowserContext;
  cookie: string;
  serverPid: number;
  createDataset: (name: string) => string;
};

/** Signs up through the UI, as a person would; the workspace comes with the account. */
export async function openBenchApp(options: { browser: Browser; url: string; dataDir: string; groupPid: number }) {
  const context = await options.browser.newContext({ baseURL: options.url, locale: "en-US" });
  const { email, cookie } = await signUpIn(context, options.url);

  const db = openDatabase(path.join(options.dataDir, "app.db"));
  const { workspaceId, userId, userName } = db
    .prepare(
      `SELECT m."workspaceId", m."userId", u."name" AS "userName" FROM "member" m JOIN "user" u ON u."id" = m."userId"
       WHERE u."email" = ?`,
    )
    .get(email) as { workspaceId: string; userId: string; userName: string };
  const createDataset = (name: string) => {
    const id = `bench-ds-${randomBytes(8).toString("hex")}`;
    const now = new Date().toISOString().replace("Z", "+00:00");
    db.prepare(
      `INSERT INTO "dataset" ("id", "workspaceId", "name", "createdById", "createdByName", "updatedById",
         "updatedByName", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, workspaceId, name, userId, userName, userId, userName, now, now);
    return id;
  };
  return { url: options.url, context, cookie, serverPid: nextServerPid(options.groupPid), createDataset };
}

/** The Next.js server among the processes npx started (all in the process group that npx leads). */
function nextServerPid(groupPid: number): number {
  for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      // After "(comm) ": state, parent, process group.
      const group = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      if (group === groupPid && fs.readFileSync(`/proc/${pid}/comm`, "utf8").startsWith("next-server")) {
        return Number(pid);
      }
    } catch {
      // The process ended while we looked: not ours.
    }
  }
  throw new Error(`No next-server process in the process group ${groupPid}`);
}

/** A memory figure of a process from /proc, in MB: VmRSS now, or VmHWM (the peak since start or reset). */
export function memoryMb(pid: number, field: "VmRSS" | "VmHWM"): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!match?.[1]) throw new Error(`No ${field} for process ${pid}`);
  return Number(match[1]) / 1024;
}

/** Starts VmHWM over from the current use, so the peak measured belongs to what runs next. */
export function resetPeakMemory(pid: number) {
  fs.writeFileSync(`/proc/${pid}/clear_refs`, "5");
}
