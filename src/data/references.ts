import type { Reference } from './reference.ts';

/** The talk's bibliography, in the order the slides first cite it. Cite a key in a slide as `[@key]`. */
export const references = {
  scie2013: {
    short: 'SCIE 2013',
    citation:
      'Social Care Institute for Excellence. Co-production in social care: what it is and how to do it. ' +
      'SCIE Guide 51. 2013. The definition was agreed by the National Co-production Critical Friends ' +
      'group, supported by Think Local Act Personal.',
  },
  wennberg2010: {
    short: 'Wennberg 2010',
    citation: 'Wennberg J. Tracking Medicine. Oxford University Press; 2010.',
  },
  mulley2012: {
    short: 'Mulley 2012',
    citation:
      "Mulley A, Trimble C, Elwyn G. Patients' preferences matter: stop the silent misdiagnosis. " +
      "The King's Fund; 2012. Also in BMJ 2012;345:e6572.",
    url: 'https://doi.org/10.1136/bmj.e6572',
  },
  sepucha2008: {
    short: 'Sepucha 2008',
    citation:
      'Lee CN, … Sepucha KR. Development of instruments to measure the quality of breast cancer treatment ' +
      'decisions. Health Expectations 2010;13(3):258–272. The talk shows the figures from the 2008 ' +
      'surveys by Sepucha and colleagues of breast cancer survivors and their providers.',
    url: 'https://doi.org/10.1111/j.1369-7625.2010.00600.x',
  },
  hein2008: {
    short: 'Hein, Waterflame',
    citation:
      'Hein J. Waterflame: a flame burning on top of a jet of water. The Walled Garden, Houghton Hall, ' +
      'Norfolk; installed around 2008.',
  },
  ancona2007: {
    short: 'Ancona 2007',
    citation:
      'Ancona D, Malone TW, Orlikowski WJ, Senge PM. In praise of the incomplete leader. ' +
      'Harvard Business Review 2007;85(2):92–100.',
  },
  tournier1967: {
    short: 'Tournier 1967',
    citation: 'Tournier P. To Understand Each Other. John Knox Press; 1967.',
  },
  iom2001: {
    short: 'IOM 2001',
    citation: 'Institute of Medicine. Crossing the Quality Chasm. 2001.',
  },
  healthfoundation2014: {
    short: 'Health Foundation 2014',
    citation: 'The Health Foundation. Person-centred care made simple. 2014.',
  },
} as const satisfies Record<string, Reference>;

/** The bibliography by key, as the loader and renderers look it up: an author's key never meets a prototype. */
export const bibliography: ReadonlyMap<string, Reference> = new Map(Object.entries(references));
