/**
 * Who wrote a row, by name. Rows keep their author's name beside the user id, so the history still names
 * people whose account was deleted or lives in another installation (an imported workspace).
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The user's name now, to keep beside their id in a row they write. */
export async function nameOfUser(client: Prisma.TransactionClient, userId: string): Promise<string | null> {
  const user = await client.user.findUnique({ where: { id: userId }, select: { name: true } });
  return user?.name ?? null;
}

/** The author as shown: their current name while the account exists here, else the name the row kept. */
export function authorName(user: { name: string } | null, keptName: string | null): string | null {
  return user?.name ?? keptName;
}
