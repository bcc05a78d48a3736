import { describe, expect, it } from 'vitest';
import { createLiveState } from '../../../../src/live/live-state.ts';
import type { LiveOutline } from '../../../../src/live/outline.ts';
import { reduceLive } from '../../../../src/live/reduce-live.ts';
import { resultsAsCsv, resultsAsJson } from '../../../../src/tools/present/export-results.ts';

const OUTLINE: LiveOutline = {
  plannedMinutes: 40,
  slides: [
    {
      id: 'who',
      title: 'Who?',
      steps: 2,
      notes: [],
      poll: { id: 'who', choice: 'many', options: ['a "patient", or carer', '=SUM(A1)'] },
    },
  ],
};

function voted() {
  let state = createLiveState(OUTLINE);
  for (const [device, choices] of [
    ['device-aaaaaaaaaaaaaaaa', [0, 1]],
    ['device-bbbbbbbbbbbbbbbb', [0]],
  ] as const) {
    const outcome = reduceLive(OUTLINE, state, { type: 'vote', poll: 'who', choices, device, at: 0 });
    if (outcome.ok) state = outcome.state;
  }
  return state;
}

describe("the polls' results", () => {
  it('export as CSV, one row per option, quoted where needed and safe to open in a spreadsheet', () => {
    expect(resultsAsCsv(OUTLINE, voted()).split('\r\n')).toEqual([
      'poll,option,count,voters',
      'who,"a ""patient"", or carer",2,2',
      'who,"\'=SUM(A1)",1,2',
      '',
    ]);
  });

  it('export as JSON with every option and its count', () => {
    expect(JSON.parse(resultsAsJson(OUTLINE, voted()))).toEqual({
      polls: [
        {
          poll: 'who',
          choice: 'many',
          status: 'open',
          voters: 2,
          options: [
            { option: 'a "patient", or carer', count: 2 },
            { option: '=SUM(A1)', count: 1 },
          ],
        },
      ],
    });
  });
});
