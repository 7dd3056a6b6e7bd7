"use client";
import { useFormatter, useTranslations } from "next-intl";

/** How the jobs pages write durations, costs, token counts and times. */
export function useJobFormat() {
  const t = useTranslations("jobs.format");
  const format = useFormatter();
  return {
    duration(seconds: number | null) {
      if (seconds === null) return "—";
      const hours = Math.floor(seconds / 3600);
      const minutes = Math.floor((seconds % 3600) / 60);
      if (hours) return t("hoursMinutes", { hours, minutes });
      if (minutes) return t("minutesSeconds", { minutes, seconds: seconds % 60 });
      return t("seconds", { seconds });
    },
    cost(usd: number | null) {
      if (usd === null) return "—";
      return format.number(usd, { style: "currency", currency: "USD", maximumFractionDigits: usd < 1 ? 3 : 2 });
    },
    tokens(count: number | null) {
      return count === null ? "—" : format.number(count);
    },
    dateTime(iso: string | null) {
      return iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" }) : "—";
    },
    shortDateTime(iso: string) {
      return format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "short" });
    },
  };
}
