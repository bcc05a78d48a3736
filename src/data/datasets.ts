import type { GoalsDataset } from './goals-dataset.ts';
import { sepucha2008 } from './sepucha-2008.ts';

/** Every dataset a slide may chart, by the id its chart directive names. */
export const datasets: ReadonlyMap<string, GoalsDataset> = new Map([[sepucha2008.id, sepucha2008]]);
