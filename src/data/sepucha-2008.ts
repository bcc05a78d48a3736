import type { GoalsDataset } from './goals-dataset.ts';

/** The talk's table, worded as the talk has it: what breast cancer patients and their providers rank among their top three goals. */
export const sepucha2008 = {
  id: 'sepucha-2008',
  title: 'Breast Cancer Decisions: Top Three Goals and Concerns',
  question: 'Which goals and concerns are among your top three when deciding on breast cancer treatment?',
  unit: '%',
  groups: {
    patients: { label: 'Patients', description: 'breast cancer survivors', sampleSize: 'about 17–21' },
    providers: { label: 'Providers', description: 'clinicians', sampleSize: 'about 17–21' },
  },
  goals: [
    { goal: 'Keep your breast?', patients: 7, providers: 71, p: 'P<0.01' },
    { goal: 'Live as long as possible?', patients: 59, providers: 96, p: 'P=0.01' },
    { goal: 'Look natural without clothes', patients: 33, providers: 80, p: 'P=0.05' },
    { goal: 'Avoid using prosthesis', patients: 33, providers: 0, p: 'P<0.01' },
  ],
  citationKey: 'sepucha2008',
  caveat:
    'Figures as shown in the talk. They come from surveys about two decisions: the prosthesis row from ' +
    'the breast reconstruction decision, the other rows from the surgery decision.',
} as const satisfies GoalsDataset;
