import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** One titled part of the new-job form; the title names the region for screen readers and tests. */
export function Section({
  id,
  title,
  lead,
  children,
}: {
  id: string;
  title: string;
  lead?: string;
  children: ReactNode;
}) {
  return (
    <Card className="flex flex-col gap-4" role="region" aria-labelledby={`${id}-title`}>
      <div>
        <h2 id={`${id}-title`} className="text-base font-semibold">
          {title}
        </h2>
        {lead && <p className="mt-1 text-sm text-fg-muted">{lead}</p>}
      </div>
      {children}
    </Card>
  );
}
