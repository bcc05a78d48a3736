import { describe, expect, it } from 'vitest';
import { checkBallot, countBallots } from '../../../src/live/ballot.ts';
import { OUTLINE } from './outline-fixture.ts';

const many = OUTLINE.slides[1]?.poll;
const one = OUTLINE.slides[2]?.poll;
if (!many || !one) throw new Error('the fixture has two polls');

describe('a ballot', () => {
  it('picks one or more options of a "many" poll, kept in the options\' order', () => {
    expect(checkBallot(many, [2, 0])).toEqual({ ok: true, choices: [0, 2] });
  });

  it('picks exactly one option of a "one" poll', () => {
    expect(checkBallot(one, [1])).toEqual({ ok: true, choices: [1] });
    expect(checkBallot(one, [0, 1])).toEqual({ ok: false, problem: 'this poll takes one option' });
  });

  it('is refused for an option the poll does not have, or one picked twice', () => {
    expect(checkBallot(many, [3])).toEqual({ ok: false, problem: 'the poll has 3 options' });
    expect(checkBallot(many, [1, 1])).toEqual({ ok: false, problem: 'an option picked twice' });
  });

  it('with no options is the ballot taken back', () => {
    expect(checkBallot(one, [])).toEqual({ ok: true, choices: [] });
  });

  it('counts once for each option it picks', () => {
    expect(countBallots(many, [[0, 2], [2], [1, 2]])).toEqual([1, 1, 3]);
  });
});
