import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage } from "./locales";

// No locale in the URL: the user's choice (a cookie) wins, then the browser's language.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : localeFromAcceptLanguage((await headers()).get("accept-language"));
  return {
    locale,
    // Dates are shown in the server's zone: the team shares one server, and so one clock.
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    messages: (await import(`./messages/${locale}.json`)).default,
  };
});
