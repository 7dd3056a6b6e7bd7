export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { migrateOnStart } = await import("./lib/db/startup");
    migrateOnStart();
    // The runner belongs to a serving process, not to `next build` collecting pages.
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { startJobRunner } = await import("./lib/jobs/runner");
      const { removeExpiredUploads } = await import("./lib/sandbox/upload-expiry");
      // Expired Sandbox uploads are also cleared when touched; this catches the ones nobody touches again.
      startJobRunner({
        chores: [{ name: "clearing expired Sandbox uploads", everyMs: 10 * 60_000, run: removeExpiredUploads }],
      });
      const { removeStaleTempFilesOnStart } = await import("./lib/uploads/temp-files");
      removeStaleTempFilesOnStart();
    }
  }
}
