import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

type AuthCardProps = {
  title: string;
  lead: string;
  other: { question: string; link: string; href: string };
  children: ReactNode;
};

/** The frame of the sign-in and sign-up forms, with the way to the other one underneath. */
export function AuthCard({ title, lead, other, children }: AuthCardProps) {
  return (
    <Card>
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="mt-1 text-sm text-fg-muted">{lead}</p>
      {children}
      <p className="mt-5 text-sm text-fg-muted">
        {other.question}{" "}
        <Link href={other.href} className="font-medium text-primary underline-offset-4 hover:underline">
          {other.link}
        </Link>
      </p>
    </Card>
  );
}
