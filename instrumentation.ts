// Runs once when the server starts: apply migrations and create the env-configured owner,
// so the first request never waits for either.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startup } = await import("./server/startup");
  await startup();
}
