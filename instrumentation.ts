export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { migrateOnStart } = await import("./lib/db/startup");
    migrateOnStart();
    // The runner belongs to a serving process, not to `next build` collecting pages.
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { startJobRunner } = await import("./lib/jobs/runner");
      startJobRunner();
      const { removeStaleTempFilesOnStart } = await import("./lib/uploads/temp-files");
      removeStaleTempFilesOnStart();
    }
  }
}
