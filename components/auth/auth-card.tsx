import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

type AuthCardProps = {
  title: string;
  lead?: string;
  /** The way to the other form; or, where there is none (sign-up is not offered), why not. */
  other: { question: string; link: string; href: string } | { notice: string };
  children?: ReactNode;
};

/** The frame of the sign-in and sign-up forms, with the way to the other one underneath. */
export function AuthCard({ title, lead, other, children }: AuthCardProps) {
  return (
    <Card>
      <h1 className="text-xl font-semibold">{title}</h1>
      {lead && <p className="mt-1 text-sm text-fg-muted">{lead}</p>}
      {children}
      {"notice" in other ? (
        <p data-testid="signup-notice" className="mt-5 border-t border-border pt-4 text-sm text-fg-muted">
          {other.notice}
        </p>
      ) : (
        <p className="mt-5 text-sm text-fg-muted">
          {other.question}{" "}
          <Link href={other.href} className="font-medium text-primary underline-offset-4 hover:underline">
            {other.link}
          </Link>
        </p>
      )}
    </Card>
  );
}
