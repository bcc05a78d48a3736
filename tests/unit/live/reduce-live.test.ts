import { describe, expect, it } from 'vitest';
import { CLOSE } from '../../../src/live/close-codes.ts';
import { createLiveState, type LiveState, publicState } from '../../../src/live/live-state.ts';
import { isAllowed, type LiveAction, type Outcome, reduceLive } from '../../../src/live/reduce-live.ts';
import { DEVICE, OTHER_DEVICE, OUTLINE } from './outline-fixture.ts';

type Act = LiveAction extends infer A ? (A extends LiveAction ? Omit<A, 'device' | 'at'> : never) : never;

function run(actions: readonly Act[], device = DEVICE, start = createLiveState(OUTLINE)) {
  let state: LiveState = start;
  const outcomes: Outcome[] = [];
  actions.forEach((action, index) => {
    const outcome = reduceLive(OUTLINE, state, { ...action, device, at: 1000 + index } as LiveAction);
    outcomes.push(outcome);
    if (outcome.ok) state = outcome.state;
  });
  return { state, outcomes, last: outcomes.at(-1) };
}

const counts = (state: LiveState, poll: string) =>
  publicState(OUTLINE, state).polls.find((results) => results.id === poll)?.counts;

describe('the talk position', () => {
  it('steps through each step of a slide, then on to the next slide, and back as reveal.js does', () => {
    const forward = run([
      { type: 'step', by: 1 },
      { type: 'step', by: 1 },
    ]);
    expect(forward.state.position).toEqual({ slide: 'who', step: 1 });
    const back = run(
      [
        { type: 'step', by: -1 },
        { type: 'step', by: -1 },
      ],
      DEVICE,
      forward.state,
    );
    // Back onto a slide shows all of its steps.
    expect(back.state.position).toEqual({ slide: 'title', step: 0 });
    const onto = run([
      { type: 'go', slide: 'one', step: 0 },
      { type: 'step', by: -1 },
    ]);
    expect(onto.state.position).toEqual({ slide: 'who', step: 3 });
  });

  it('stays put at either end, telling nobody', () => {
    const start = run([{ type: 'step', by: -1 }]);
    expect(start.last).toMatchObject({ ok: true, broadcast: [] });
    const end = run([
      { type: 'go', slide: 'one', step: 2 },
      { type: 'step', by: 1 },
    ]);
    expect(end.state.position).toEqual({ slide: 'one', step: 2 });
    expect(end.last).toMatchObject({ ok: true, broadcast: [] });
  });

  it('is told to every page, with the time the talk started', () => {
    const { last, state } = run([
      { type: 'go', slide: 'who', step: 2 },
      { type: 'step', by: 1 },
    ]);
    expect(state.startedAt).toBe(1000);
    expect(last).toMatchObject({
      ok: true,
      broadcast: [
        { type: 'position', position: { slide: 'who', step: 3 }, startedAt: 1000, serverTime: 1001 },
      ],
    });
  });

  it('refuses a slide or step the talk does not have, without closing', () => {
    expect(run([{ type: 'go', slide: 'gone', step: 0 }]).last).toMatchObject({
      ok: true,
      reply: [{ type: 'refused' }],
    });
    expect(run([{ type: 'go', slide: 'who', step: 4 }]).state.position).toEqual({ slide: 'title', step: 0 });
  });
});

describe('the ballot rules', () => {
  it('count one ballot per device, which it can change until the poll closes', () => {
    const first = run([{ type: 'vote', poll: 'who', choices: [0, 1] }]);
    const other = run([{ type: 'vote', poll: 'who', choices: [1] }], OTHER_DEVICE, first.state);
    expect(counts(other.state, 'who')).toEqual([1, 2, 0]);
    const changed = run([{ type: 'vote', poll: 'who', choices: [2] }], DEVICE, other.state);
    expect(counts(changed.state, 'who')).toEqual([0, 1, 1]);
    expect(changed.last).toMatchObject({
      broadcast: [{ type: 'poll', poll: { id: 'who', counts: [0, 1, 1], voters: 2 } }],
      reply: [{ type: 'ballot', poll: 'who', choices: [2] }],
    });
    const closed = run([{ type: 'poll', poll: 'who', action: 'close' }], DEVICE, changed.state);
    const late = run([{ type: 'vote', poll: 'who', choices: [0] }], DEVICE, closed.state);
    expect(late.last).toMatchObject({
      ok: true,
      broadcast: [],
      reply: [{ type: 'refused', reason: 'the poll is closed' }],
    });
    expect(counts(late.state, 'who')).toEqual([0, 1, 1]);
  });

  it('take a ballot back when it picks nothing', () => {
    const { state } = run([
      { type: 'vote', poll: 'one', choices: [1] },
      { type: 'vote', poll: 'one', choices: [] },
    ]);
    expect(publicState(OUTLINE, state).polls[1]).toMatchObject({ counts: [0, 0], voters: 0 });
  });

  it('close the connection of a forged ballot: a poll not in the talk, or options it does not have', () => {
    expect(run([{ type: 'vote', poll: 'title', choices: [0] }]).last).toEqual({
      ok: false,
      close: CLOSE.badBallot,
    });
    expect(run([{ type: 'vote', poll: 'who', choices: [7] }]).last).toEqual({
      ok: false,
      close: CLOSE.badBallot,
    });
    expect(run([{ type: 'vote', poll: 'one', choices: [0, 1] }]).last).toEqual({
      ok: false,
      close: CLOSE.badBallot,
    });
  });

  it('let the remote reset, reopen, hide and show a poll', () => {
    const { state } = run([
      { type: 'vote', poll: 'who', choices: [0] },
      { type: 'poll', poll: 'who', action: 'close' },
      { type: 'poll', poll: 'who', action: 'hide' },
    ]);
    expect(publicState(OUTLINE, state).polls[0]).toMatchObject({
      status: 'closed',
      visible: false,
      voters: 1,
    });
    const reset = run(
      [
        { type: 'poll', poll: 'who', action: 'reset' },
        { type: 'poll', poll: 'who', action: 'show' },
      ],
      DEVICE,
      state,
    );
    expect(publicState(OUTLINE, reset.state).polls[0]).toMatchObject({
      status: 'open',
      visible: true,
      voters: 0,
    });
  });
});

describe('what each role may send', () => {
  it('lets the audience vote and nothing else, and the presenters move and run polls but not vote', () => {
    expect(['step', 'go', 'poll', 'vote'].filter((type) => isAllowed('audience', type as 'vote'))).toEqual([
      'vote',
    ]);
    for (const role of ['remote', 'projector'] as const)
      expect(['step', 'go', 'poll', 'vote'].filter((type) => isAllowed(role, type as 'vote'))).toEqual([
        'step',
        'go',
        'poll',
      ]);
  });
});
