/** What every step of a restore works with. */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArchiveReader } from "./archive-reader";

/** Who wrote a row: the local user with the archive author's e-mail (if any), and the author's name. */
export type Author = { id: string | null; name: string | null };
export type Authors = (archiveUserId: string | null, keptName: string | null | undefined) => Author;

export type RestoreContext = {
  tx: Prisma.TransactionClient;
  workspaceId: string;
  archive: ArchiveReader;
  author: Authors;
};
