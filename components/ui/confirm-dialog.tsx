"use client";
import type { ReactNode } from "react";
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
  /** e.g. until the person has typed what they are about to delete */
  confirmDisabled?: boolean;
  error?: string;
  /** what the person should know or type before confirming */
  children?: ReactNode;
  onConfirm: () => void;
  onClose: () => void;
};

/** Asks before something that cannot be undone; the confirm button says what will happen. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()} title={props.title} description={props.description}>
      {props.children}
      {props.error && <Alert>{props.error}</Alert>}
      <div className="mt-4 flex justify-end gap-2">
        <Button variant="secondary" onClick={props.onClose}>
          {props.cancelLabel}
        </Button>
        <Button variant="danger" pending={props.pending} disabled={props.confirmDisabled} onClick={props.onConfirm}>
          {props.pending ? props.pendingLabel : props.confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
