"use client";
import { useTranslations } from "next-intl";
import type { FieldError } from "@/lib/errors";

/** A field error in words: the new-job form's own codes first, then the app's shared ones. */
export function useErrorText() {
  const t = useTranslations();
  return (error: FieldError | undefined): string | undefined => {
    if (!error) return undefined;
    const own = `newJob.fieldErrors.${error.code}`;
    return t.has(own) ? t(own, error.params) : t(`fieldErrors.${error.code}`, error.params);
  };
}
