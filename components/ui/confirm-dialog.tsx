"use client";
import { Alert } from "./alert";
import { Button } from "./button";
import { Dialog } from "./dialog";

type ConfirmDialogProps = {
  title: string;
  description: string;
  confirmLabel: string;
  pendingLabel: string;
  cancelLabel: string;
  pending: boolean;
  error?: string;
  onConfirm: () => void;
  onClose: () => void;
};

/** Asks before something that cannot be undone; the confirm button says what will happen. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()} title={props.title} description={props.description}>
      {props.error && <Alert>{props.error}</Alert>}
      <div className="mt-4 flex justify-end gap-2">
        <Button variant="secondary" onClick={props.onClose}>
          {props.cancelLabel}
        </Button>
        <Button variant="danger" pending={props.pending} onClick={props.onConfirm}>
          {props.pending ? props.pendingLabel : props.confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
