/** Sign-up and sign-in through better-auth, with its failures turned into our error codes. */
import "server-only";
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { signInSchema, signUpSchema } from "./schema";
import { auth } from "./server";

function translateAuthError(error: unknown): never {
  if (error instanceof APIError) {
    const code = (error.body as { code?: string } | undefined)?.code;
    if (code === "USER_ALREADY_EXISTS" || code === "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL") {
      throw new AppError("conflict", "Email taken", { fields: { email: { code: "emailTaken" } } });
    }
    if (code === "INVALID_EMAIL_OR_PASSWORD")
      throw new AppError("unauthorized", "Wrong credentials", { fields: { _form: { code: "wrongCredentials" } } });
    if (error.status === "TOO_MANY_REQUESTS")
      throw new AppError("conflict", "Rate limited", { fields: { _form: { code: "tooManyAttempts" } } });
  }
  throw error;
}

export async function signUpWithEmail(input: z.output<typeof signUpSchema>) {
  await auth.api.signUpEmail({ body: input, headers: await headers() }).catch(translateAuthError);
}

export async function signInWithEmail(input: z.output<typeof signInSchema>) {
  await auth.api.signInEmail({ body: input, headers: await headers() }).catch(translateAuthError);
}

export async function signOut() {
  await auth.api.signOut({ headers: await headers() });
}
