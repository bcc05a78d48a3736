import { fileURLToPath } from 'node:url';

/** The project folder (holding package.json, slides/, src/), wherever a command line is started from. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
