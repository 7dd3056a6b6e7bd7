import { Button } from "@/components/ui/button";

/** A form's submit button, worded while it runs, with a "saved" note beside it after a success. */
export function SubmitRow({
  pending,
  saved,
  labels,
}: {
  pending: boolean;
  saved: boolean;
  labels: { submit: string; pending: string; saved: string };
}) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button type="submit" pending={pending}>
        {pending ? labels.pending : labels.submit}
      </Button>
      {saved && (
        <p role="status" className="text-sm text-success">
          {labels.saved}
        </p>
      )}
    </div>
  );
}
