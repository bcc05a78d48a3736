import type { Goal } from '../../data/goals-dataset.ts';
import { gapOf } from './goals-chart-state.ts';

/** Splits a text into lines of at most `width` characters at spaces, so every goal reads in full. */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A bar's value as the chart writes it at the bar's end: "71%". */
export function valueLabel(value: number): string {
  return `${value}%`;
}

/** A tick of the value axis: "20%". */
export function tickLabel(value: number): string {
  return `${value}%`;
}

/** The size of a goal's gap in words, spelled out so that no reader has to guess a unit. */
export function gapSize(goal: Goal): string {
  return `${Math.abs(gapOf(goal))} percentage points`;
}

/** The gap column's lines for one goal: its size, wrapped to `width` characters, then its p-value. */
export function gapLines(goal: Goal, width: number): string[] {
  return [...wrapLabel(gapSize(goal), width), goal.p];
}
