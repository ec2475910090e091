// One measuring window of a sequential loop: `call` back to back for a while, with the calls per
// second and this process's CPU (user + system) per call. The requests bench and its A/B and
// profiling drivers share it, so they measure the same way.

export interface Window {
  readonly calls: number;
  readonly callsPerSecond: number;
  readonly cpuMicrosPerCall: number;
}

/** Runs `call` back to back for `ms` milliseconds, at most `maxCalls` times. */
export async function measureWindow(call: () => Promise<unknown>, ms: number, maxCalls = Infinity): Promise<Window> {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const end = start + ms;
  let calls = 0;
  let now = start;
  while (now < end && calls < maxCalls) {
    await call();
    calls++;
    now = performance.now();
  }
  const cpu = process.cpuUsage(cpu0);
  return { calls, callsPerSecond: calls / ((now - start) / 1000), cpuMicrosPerCall: (cpu.user + cpu.system) / calls };
}
