import { SCREENS } from '../../deck/geometry.ts';
import { STEPPING_TARGETS, type SteppingWalk } from './time-stepping-walk.ts';

/** The walk's lines for the report, each figure with its target beside it. */
export function formatSteppingWalks(chromium: string, walks: readonly SteppingWalk[]): string {
  const ms = (value: number) => `${Math.round(value)} ms`;
  const lines = walks.map((walk) => {
    const frame = walk.worstFrameMs <= STEPPING_TARGETS.worstFrameMs ? 'within' : 'OVER';
    const long = walk.longAnimationFrames <= STEPPING_TARGETS.longAnimationFrames ? 'within' : 'OVER';
    const missed = walk.missed.map(
      (step) =>
        `\n    from ${step.from}: worst frame ${ms(step.worstFrameMs)}, ${step.longFrames} long animation frames` +
        step.longFrameCauses.map((cause) => `\n      ${cause}`).join(''),
    );
    return (
      `  ${walk.view.padEnd(8)} ${walk.steps} steps in ${ms(walk.totalMs)}: a step lands in ${ms(walk.medianStepMs)} ` +
      `(median; worst ${ms(walk.worstStepMs)}); worst frame ${ms(walk.worstFrameMs)} (${frame} the target of ` +
      `${STEPPING_TARGETS.worstFrameMs} ms); ${walk.longAnimationFrames} long animation frames (${long} the target of none)` +
      missed.join('')
    );
  });
  return `Stepping through the talk with Page Down (headless Chromium ${chromium}, ${SCREENS.laptop.width}×${SCREENS.laptop.height}):\n${lines.join('\n')}`;
}
