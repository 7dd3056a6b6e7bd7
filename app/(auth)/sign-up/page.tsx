import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { SignUpRefused } from "@/components/auth/sign-up-refused";
import { getAccess } from "@/lib/auth/access";
import { signUpUnavailable } from "@/lib/installation/admission";
import { PENDING_INVITATION_COOKIE } from "@/lib/invitations/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage() {
  if (await getAccess()) redirect("/");
  // The same rule the sign-up itself passes (lib/auth/server.ts): the form only where it can succeed.
  const invitation = (await cookies()).get(PENDING_INVITATION_COOKIE)?.value ?? null;
  const refusal = await signUpUnavailable(invitation);
  return refusal ? <SignUpRefused reason={refusal} /> : <SignUpForm />;
}
