import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getAccess } from "@/lib/auth/access";
import { signUpUnavailable } from "@/lib/installation/admission";
import { PENDING_INVITATION_COOKIE } from "@/lib/invitations/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage() {
  if (await getAccess()) redirect("/");
  const invitation = (await cookies()).get(PENDING_INVITATION_COOKIE)?.value ?? null;
  return <SignInForm signUpRefusal={await signUpUnavailable(invitation)} />;
}
