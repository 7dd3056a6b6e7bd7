/** For unit tests: a new account through better-auth, with the session cookie a browser would send. */
import { db } from "@/lib/db/client";
import { storeSignupMode } from "@/lib/installation/queries";
import { auth } from "./server";

/**
 * The tests that use this are about other things and need several accounts, so sign-up is opened on their
 * database first, as an installation admin would (by default only the first account may sign up freely).
 */
export async function signUpForTest(name: string) {
  await storeSignupMode("open");
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
