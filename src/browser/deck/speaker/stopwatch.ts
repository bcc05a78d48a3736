/**
 * The speaker view's stopwatch, as a value: the time run before, and since when it has been running
 * (absent while it is stopped). Pure, so it can be kept across a reload of the speaker view.
 */
export interface Stopwatch {
  readonly runBeforeMs: number;
  readonly runningSince?: number;
}

export const STOPPED: Stopwatch = Object.freeze({ runBeforeMs: 0 });

export function isRunning(watch: Stopwatch): boolean {
  return watch.runningSince !== undefined;
}

/** Whether the stopwatch has never run since it was last reset. */
export function isReset(watch: Stopwatch): boolean {
  return !isRunning(watch) && watch.runBeforeMs === 0;
}

export function elapsedMs(watch: Stopwatch, now: number): number {
  return watch.runBeforeMs + (watch.runningSince === undefined ? 0 : Math.max(0, now - watch.runningSince));
}

/** Starts or resumes it; a running stopwatch is left as it is. */
export function resume(watch: Stopwatch, now: number): Stopwatch {
  return isRunning(watch) ? watch : { runBeforeMs: watch.runBeforeMs, runningSince: now };
}

/** Pauses it, keeping the time run. */
export function pause(watch: Stopwatch, now: number): Stopwatch {
  return isRunning(watch) ? { runBeforeMs: elapsedMs(watch, now) } : watch;
}

/** The stopwatch a stored text describes, or undefined when it describes none. */
export function parseStopwatch(text: string | null): Stopwatch | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { runBeforeMs, runningSince } = value as Record<string, unknown>;
  if (typeof runBeforeMs !== 'number' || !Number.isFinite(runBeforeMs) || runBeforeMs < 0) return undefined;
  if (runningSince === undefined) return { runBeforeMs };
  return typeof runningSince === 'number' && Number.isFinite(runningSince)
    ? { runBeforeMs, runningSince }
    : undefined;
}
