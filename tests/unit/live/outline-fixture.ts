import type { LiveOutline } from '../../../src/live/outline.ts';

/** A three-slide talk with a poll on its second slide, for the live channel's tests. */
export const OUTLINE: LiveOutline = {
  plannedMinutes: 40,
  slides: [
    { id: 'title', title: 'Title', steps: 0, notes: ['Welcome.'] },
    {
      id: 'who',
      title: 'Who are you?',
      steps: 3,
      notes: [],
      poll: { id: 'who', choice: 'many', options: ['a patient', 'a clinician', 'a manager'] },
    },
    {
      id: 'one',
      title: 'One answer',
      steps: 2,
      notes: [],
      poll: { id: 'one', choice: 'one', options: ['yes', 'no'] },
    },
  ],
};

export const DEVICE = 'device-aaaaaaaaaaaaaaaa';
export const OTHER_DEVICE = 'device-bbbbbbbbbbbbbbbb';
