import { describe, expect, it } from 'vitest';
import { createLiveState, publicState } from '../../../src/live/live-state.ts';
import type { LiveOutline } from '../../../src/live/outline.ts';
import { reduceLive } from '../../../src/live/reduce-live.ts';
import { restoreState, storeState } from '../../../src/live/stored-state.ts';
import { DEVICE, OUTLINE } from './outline-fixture.ts';

function talkInProgress() {
  let state = createLiveState(OUTLINE);
  for (const action of [
    { type: 'go', slide: 'who', step: 2 },
    { type: 'vote', poll: 'who', choices: [0, 2] },
    { type: 'poll', poll: 'one', action: 'close' },
  ] as const) {
    const outcome = reduceLive(OUTLINE, state, { ...action, device: DEVICE, at: 5 });
    if (!outcome.ok) throw new Error('the actions are allowed');
    state = outcome.state;
  }
  return state;
}

describe('the state on disk', () => {
  it('restores the slide, the step, the start time and every ballot', () => {
    const state = talkInProgress();
    const restored = restoreState(OUTLINE, storeState(OUTLINE, state));
    expect(restored.position).toEqual({ slide: 'who', step: 2 });
    expect(restored.startedAt).toBe(5);
    expect(publicState(OUTLINE, restored)).toEqual(publicState(OUTLINE, state));
    expect(restored.polls.get('who')?.ballots.get(DEVICE)).toEqual([0, 2]);
  });

  it('starts afresh from a missing or broken file', () => {
    expect(restoreState(OUTLINE, undefined)).toEqual(createLiveState(OUTLINE));
    expect(restoreState(OUTLINE, '{"version":1,')).toEqual(createLiveState(OUTLINE));
    expect(restoreState(OUTLINE, '{"version":2,"polls":[]}')).toEqual(createLiveState(OUTLINE));
  });

  it('goes back to the start when the slide is gone, and drops a poll whose options changed', () => {
    const text = storeState(OUTLINE, talkInProgress());
    const edited: LiveOutline = {
      ...OUTLINE,
      slides: OUTLINE.slides.flatMap((slide) =>
        slide.id === 'who'
          ? [
              {
                ...slide,
                id: 'who-now',
                poll: { id: 'who', choice: 'many' as const, options: ['a carer', 'b', 'c'] },
              },
            ]
          : [slide],
      ),
    };
    const restored = restoreState(edited, text);
    expect(restored.position).toEqual({ slide: 'title', step: 0 });
    expect(restored.polls.has('who')).toBe(false);
    expect(restored.polls.get('one')?.status).toBe('closed');
  });

  it('ignores ballots it could not have counted', () => {
    const stored = JSON.parse(storeState(OUTLINE, talkInProgress()));
    stored.polls[0].ballots.push(['forged-device-aaaaa', [9]], [7, [0]]);
    const restored = restoreState(OUTLINE, JSON.stringify(stored));
    expect([...(restored.polls.get('who')?.ballots.keys() ?? [])]).toEqual([DEVICE]);
  });
});
