/**
 * Adds an existing user to another user's workspace with a role (editor unless told), skipping the invitation.
 * The joined workspace becomes the one they work in (the app opens a user's oldest membership unless they
 * switched). Usage: tsx scripts/test/add-member.ts <database file> <member email> <owner email> [role]
 */
import { randomBytes } from "node:crypto";
import type Database from "better-sqlite3";
import { workspaceOf } from "./seed-jobs.ts";
import { openDatabase } from "./seed-sandbox.ts";

const prismaDateTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

export function addMember(
  db: Database.Database,
  { memberEmail, ownerEmail, role = "editor" }: { memberEmail: string; ownerEmail: string; role?: string },
) {
  const { workspaceId } = workspaceOf(db, ownerEmail);
  const member = db.prepare(`SELECT "id" FROM "user" WHERE "email" = ?`).get(memberEmail) as { id: string } | undefined;
  if (!member) throw new Error(`No user ${memberEmail}`);
  const oldest = db.prepare(`SELECT MIN("createdAt") AS createdAt FROM "member" WHERE "userId" = ?`).get(member.id) as {
    createdAt: string | null;
  };
  const joinedAt = new Date((oldest.createdAt ? Date.parse(oldest.createdAt) : Date.now()) - 1000);
  db.prepare(`INSERT INTO "member" ("id", "workspaceId", "userId", "role", "createdAt") VALUES (?, ?, ?, ?, ?)`).run(
    `seed-member-${randomBytes(10).toString("hex")}`,
    workspaceId,
    member.id,
    role,
    prismaDateTime(joinedAt),
  );
  return { workspaceId, userId: member.id };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, memberEmail, ownerEmail, role] = process.argv.slice(2);
  if (!file || !memberEmail || !ownerEmail)
    throw new Error("Usage: add-member.ts <database> <member email> <owner email> [viewer|editor|admin|owner]");
  console.log(addMember(openDatabase(file), { memberEmail, ownerEmail, role }));
}
