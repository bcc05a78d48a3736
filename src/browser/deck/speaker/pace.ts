import type { DeckState } from './speaker-messages.ts';

/** The place after `state`: the slide's next step, else the next slide; undefined on the talk's last step. */
export function nextPosition(state: DeckState): { slide: number; step: number } | undefined {
  if (state.step < state.steps) return { slide: state.slide, step: state.step + 1 };
  if (state.slide + 1 < state.slideCount) return { slide: state.slide + 1, step: 0 };
  return undefined;
}

/** How the talk is going against its plan. */
export interface Pace {
  readonly status: 'ahead' | 'on-time' | 'behind';
  /** What the speaker view shows: "On time", "2 min ahead", "1 min behind". */
  readonly text: string;
  /** The time the plan gives to reach this place, in milliseconds. */
  readonly plannedMs: number;
}

/**
 * The pace at `state` after `elapsedMs`, against a talk planned to last `plannedMinutes`. Each slide has
 * an equal share of the time and each of its steps an equal share of that, so the plan reaches a place
 * at (slides before + steps shown / (steps + 1)) shares. Within half a slide's share of the plan is on time.
 */
export function paceAt(state: DeckState, elapsedMs: number, plannedMinutes: number): Pace {
  const shareMs = (plannedMinutes * 60_000) / Math.max(state.slideCount, 1);
  const plannedMs = shareMs * (state.slide + state.step / (state.steps + 1));
  const gap = elapsedMs - plannedMs;
  if (Math.abs(gap) <= shareMs / 2) return { status: 'on-time', text: 'On time', plannedMs };
  const minutes = Math.max(1, Math.round(Math.abs(gap) / 60_000));
  return gap < 0
    ? { status: 'ahead', text: `${minutes} min ahead`, plannedMs }
    : { status: 'behind', text: `${minutes} min behind`, plannedMs };
}

/** A duration as a clock shows it: `4:05`, `12:30`, `1:02:03`; a negative one with a minus sign. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor(total / 60) % 60;
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${sign}${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${sign}${minutes}:${seconds}`;
}

/** The time of day on a 24-hour clock, as the speaker view shows it: `14:05`. */
export function formatClock(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    date,
  );
}
