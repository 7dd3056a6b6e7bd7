"use server";
import { redirect } from "next/navigation";
import { toActionError } from "@/lib/action";
import type { ActionResult } from "@/lib/action-result";
import { signInSchema, signUpSchema } from "@/lib/auth/schema";
import { signInWithEmail, signUpWithEmail } from "@/lib/auth/sign-in";
import { fieldErrorsFrom } from "@/lib/validation";

// The only actions that run without a session: they are how a session starts.

export async function signUpAction(input: { name: string; email: string; password: string }): Promise<ActionResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: "invalid_input", fields: fieldErrorsFrom(parsed.error) } };
  try {
    await signUpWithEmail(parsed.data);
  } catch (error) {
    return toActionError(error, "signUpAction");
  }
  redirect("/");
}

export async function signInAction(input: { email: string; password: string }): Promise<ActionResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: "invalid_input", fields: fieldErrorsFrom(parsed.error) } };
  try {
    await signInWithEmail(parsed.data);
  } catch (error) {
    return toActionError(error, "signInAction");
  }
  redirect("/");
}
