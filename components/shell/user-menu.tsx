"use client";
import { ChevronDown, LogOut, MonitorX } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import { DropdownMenu } from "radix-ui";
import { useTransition } from "react";
import { signOutAction, signOutEverywhereAction } from "@/app/(app)/actions";
import { setLocaleAction } from "@/app/actions";
import { locales } from "@/lib/i18n/locales";

const themes = ["light", "dark", "system"] as const;
const itemClass =
  "flex cursor-default items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-muted data-[state=checked]:font-medium";

export function UserMenu({ name, email }: { name: string; email: string }) {
  const t = useTranslations();
  const locale = useLocale();
  const { theme, setTheme } = useTheme();
  const [, startTransition] = useTransition();
  return (
    <DropdownMenu.Root>
      {/* The visible name is part of the button's name, so speech input can say what it reads. */}
      <DropdownMenu.Trigger className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-muted">
        <span aria-hidden className="grid size-7 place-items-center rounded-full bg-muted font-medium uppercase">
          {name.slice(0, 1)}
        </span>
        <span className="hidden max-w-40 truncate sm:inline">{name}</span>
        <span className="sr-only">{t("userMenu.label")}</span>
        <ChevronDown aria-hidden className="size-4 text-fg-muted" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 min-w-56 rounded-md border border-border bg-surface p-1 text-fg shadow-lg"
        >
          <div className="px-2 py-1.5">
            <p className="truncate text-sm font-medium">{name}</p>
            <p className="truncate text-xs text-fg-muted">{email}</p>
          </div>
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Label className="px-2 py-1 text-xs text-fg-muted">{t("userMenu.language")}</DropdownMenu.Label>
          <DropdownMenu.RadioGroup
            value={locale}
            onValueChange={(value) => startTransition(() => setLocaleAction(value))}
          >
            {locales.map((value) => (
              <DropdownMenu.RadioItem key={value} value={value} className={itemClass}>
                <DropdownMenu.ItemIndicator>✓</DropdownMenu.ItemIndicator>
                {t(`languages.${value}`)}
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Label className="px-2 py-1 text-xs text-fg-muted">{t("userMenu.theme")}</DropdownMenu.Label>
          <DropdownMenu.RadioGroup value={theme ?? "system"} onValueChange={setTheme}>
            {themes.map((value) => (
              <DropdownMenu.RadioItem key={value} value={value} className={itemClass}>
                <DropdownMenu.ItemIndicator>✓</DropdownMenu.ItemIndicator>
                {t(`userMenu.${value}`)}
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Item className={itemClass} onSelect={() => startTransition(() => signOutAction())}>
            <LogOut aria-hidden className="size-4" />
            {t("userMenu.signOut")}
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className={itemClass}
            title={t("team.signOutEverywhereConfirm")}
            onSelect={() =>
              startTransition(async () => {
                await signOutEverywhereAction({});
                window.location.assign("/sign-in");
              })
            }
          >
            <MonitorX aria-hidden className="size-4" />
            {t("team.signOutEverywhere")}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
