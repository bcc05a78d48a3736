/** Elapsed time as the speaker reads it: `4:07`, or `1:02:30` past the hour. */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/**
 * The pace against the plan, taking each slide as an equal share of the planned minutes: at slide
 * `index` (0-based) of `count`, the talk should be `index / count` of the way through.
 */
export function describePace(
  elapsedMs: number,
  index: number,
  count: number,
  plannedMinutes: number,
): string {
  const plannedMs = (Math.max(0, index) / Math.max(1, count)) * plannedMinutes * 60_000;
  const minutes = Math.round((elapsedMs - plannedMs) / 60_000);
  if (minutes === 0) return 'on time';
  return minutes > 0 ? `${minutes} min behind` : `${-minutes} min ahead`;
}
