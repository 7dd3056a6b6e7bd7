import type { ReactNode } from "react";
import { cn } from "./cn";

/** A settings table's header row: one column per label, and a last one for row actions when there are any. */
export function TableHead({
  columns,
  actionsLabel,
  className,
}: {
  columns: { key: string; label: ReactNode }[];
  /** read by screen readers only; without it the table has no actions column */
  actionsLabel?: string;
  className?: string;
}) {
  return (
    <thead className={cn("text-xs text-fg-muted", className)}>
      <tr>
        {columns.map((column) => (
          <th key={column.key} scope="col" className="py-2 pr-3 font-medium">
            {column.label}
          </th>
        ))}
        {actionsLabel && (
          <th scope="col" className="py-2 font-medium">
            <span className="sr-only">{actionsLabel}</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
