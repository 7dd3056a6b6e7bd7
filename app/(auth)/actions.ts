"use server";
import { redirect } from "next/navigation";
import { createPublicAction } from "@/lib/action";
import type { ActionResult } from "@/lib/action-result";
import { signInSchema, signUpSchema } from "@/lib/auth/schema";
import { signInWithEmail, signUpWithEmail, takePendingInvitation } from "@/lib/auth/sign-in";

const signUp = createPublicAction({ name: "signUpAction", schema: signUpSchema }, signUpWithEmail);
const signIn = createPublicAction({ name: "signInAction", schema: signInSchema }, signInWithEmail);

// Redirects happen outside the helper: Next signals them by throwing, which must not be caught.
export async function signUpAction(input: { name: string; email: string; password: string }): Promise<ActionResult> {
  const result = await signUp(input);
  if (result.ok) redirect(await takePendingInvitation());
  return result;
}

export async function signInAction(input: { email: string; password: string }): Promise<ActionResult> {
  const result = await signIn(input);
  if (result.ok) redirect(await takePendingInvitation());
  return result;
}
