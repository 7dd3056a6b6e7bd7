/**
 * The same e-mail in this installation is the same person: rows link to them. Everyone else keeps their name
 * only. The name is the one people.json gives (the author's name when exported), else the one the row kept
 * (an author whose account was already gone, or who never had one in the exporting installation).
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArchiveReader } from "./archive-reader";
import type { Authors } from "./context";
import { paths } from "./format";
import { peopleSchema } from "./schemas";

export async function matchAuthors(tx: Prisma.TransactionClient, archive: ArchiveReader): Promise<Authors> {
  const people = await archive.json(paths.people, peopleSchema);
  const local = await tx.user.findMany({
    where: { email: { in: people.map((person) => person.email) } },
    select: { id: true, email: true },
  });
  const userByEmail = new Map(local.map((user) => [user.email, user.id]));
  const personById = new Map(people.map((person) => [person.id, person]));
  return (archiveUserId, keptName) => {
    const person = archiveUserId === null ? undefined : personById.get(archiveUserId);
    return {
      id: (person && userByEmail.get(person.email)) ?? null,
      name: person?.name ?? keptName ?? null,
    };
  };
}
