"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

type Permission = NotificationPermission | "unsupported";

const currentPermission = (): Permission =>
  typeof window !== "undefined" && "Notification" in window ? Notification.permission : "unsupported";

/** Asks for the browser's permission to notify, only when the person clicks. */
export function BrowserNotificationToggle() {
  const t = useTranslations("notifications");
  const [permission, setPermission] = useState<Permission>(currentPermission);
  if (permission === "unsupported") return null;
  return (
    <div className="border-t border-border px-3 py-2 text-xs text-fg-muted">
      {permission === "default" && (
        <button
          type="button"
          onClick={async () => setPermission(await Notification.requestPermission())}
          className="rounded px-1 py-0.5 font-medium text-primary hover:bg-muted"
        >
          {t("enableBrowser")}
        </button>
      )}
      {permission === "granted" && <p>{t("browserEnabled")}</p>}
      {permission === "denied" && <p>{t("browserBlocked")}</p>}
    </div>
  );
}
