"use client";
import { useCallback, useEffect, useRef } from "react";
import { type UploadOptions, uploadWithProgress } from "@/lib/uploads/browser";

/**
 * Uploads with progress that the user can cancel: `send` starts one (cancelling any still running), `cancel`
 * stops it, and leaving the page stops it too. A cancelled upload rejects with an UploadError "aborted".
 */
export function useUpload() {
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const send = useCallback(async (options: Omit<UploadOptions, "signal">) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    try {
      return await uploadWithProgress({ ...options, signal: controller.signal });
    } finally {
      if (running.current === controller) running.current = null;
    }
  }, []);

  const cancel = useCallback(() => running.current?.abort(), []);
  return { send, cancel };
}
