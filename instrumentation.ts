/** Next.js start-up hook: background workers run inside the Node.js server process. */
export async function register(): Promise<void> {
  const { isNodeServerRuntime } = await import("./server/env");
  if (!isNodeServerRuntime()) return;
  const { startScheduler } = await import("./server/workers/scheduler");
  startScheduler();
}
