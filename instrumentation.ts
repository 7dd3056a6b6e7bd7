export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { migrateOnStart } = await import("./lib/db/startup");
    migrateOnStart();
  }
}
