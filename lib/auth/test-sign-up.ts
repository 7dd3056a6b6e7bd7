/** For unit tests: a new account through better-auth, with the session cookie a browser would send. */
import { db } from "@/lib/db/client";
import { auth } from "./server";

export async function signUpForTest(name: string) {
  const email = `${name.toLowerCase()}-${Math.random().toString(36).slice(2)}@example.com`;
  const { headers } = await auth.api.signUpEmail({
    body: { name, email, password: "correct horse battery" },
    returnHeaders: true,
  });
  const cookie = headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const member = await db.member.findFirstOrThrow({ where: { userId: user.id } });
  return { cookie, userId: user.id, workspaceId: member.workspaceId };
}
