import { formatDuration } from './pace.ts';
import type { SpeakerPage } from './speaker-page.ts';
import {
  elapsedMs,
  isReset,
  isRunning,
  parseStopwatch,
  pause,
  resume,
  STOPPED,
  type Stopwatch,
} from './stopwatch.ts';

/** Kept for the browser tab, so a reload of the speaker view keeps the time. */
const STORAGE_KEY = 'deck:speaker-stopwatch';

/** The speaker view's elapsed time, with its Start/Pause/Resume and Reset buttons. */
export interface SpeakerStopwatch {
  elapsed(now: number): number;
  /** Whether it has not run since it was reset. */
  isReset(): boolean;
  /** Starts the stopwatch if it has not run since it was reset: the talk has begun. */
  startOnFirstMove(): void;
  render(now: number): void;
}

/**
 * The elapsed time starts when the deck first moves after the speaker view opens (or with Start), pauses
 * and resumes with its button, and survives a reload of the speaker view (session storage).
 */
export function createStopwatch(page: SpeakerPage, changed: () => void): SpeakerStopwatch {
  let watch = read();
  const set = (next: Stopwatch) => {
    watch = next;
    write(watch);
    changed();
  };
  page.timerToggle.addEventListener('click', () => {
    const now = Date.now();
    set(isRunning(watch) ? pause(watch, now) : resume(watch, now));
  });
  page.timerReset.addEventListener('click', () => set(STOPPED));
  return {
    elapsed: (now) => elapsedMs(watch, now),
    isReset: () => isReset(watch),
    startOnFirstMove() {
      if (isReset(watch)) set(resume(watch, Date.now()));
    },
    render(now) {
      page.elapsed.textContent = formatDuration(elapsedMs(watch, now));
      page.timerToggle.textContent = isRunning(watch) ? 'Pause' : isReset(watch) ? 'Start' : 'Resume';
      page.root.dataset.stopwatch = isRunning(watch) ? 'running' : isReset(watch) ? 'reset' : 'paused';
    },
  };
}

function read(): Stopwatch {
  try {
    return parseStopwatch(sessionStorage.getItem(STORAGE_KEY)) ?? STOPPED;
  } catch {
    return STOPPED;
  }
}

function write(watch: Stopwatch): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(watch));
  } catch {
    // Storage may be off (private mode, a file): the time runs on for this visit.
  }
}
