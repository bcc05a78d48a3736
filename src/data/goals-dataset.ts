/** A comparison of how two groups rank goals: the shape of the Sepucha 2008 table. */

export interface Group {
  /** Short label for legends and table heads ("Patients"). */
  readonly label: string;
  /** Who they were ("breast cancer survivors"). */
  readonly description: string;
  /** How many answered, where the source says; a range when only that is known. */
  readonly sampleSize?: string;
}

export interface Goal {
  /** The goal or concern as the talk words it ("Keep your breast"). */
  readonly goal: string;
  /** Percentage of patients ranking it among their top three (0–100). */
  readonly patients: number;
  /** Percentage of providers ranking it among their top three (0–100). */
  readonly providers: number;
  /** The p-value exactly as printed ("P<0.01"). */
  readonly p: string;
}

export interface GoalsDataset {
  /** The id a chart directive names (`::: chart sepucha-2008`). */
  readonly id: string;
  readonly title: string;
  /** What each group was asked. */
  readonly question: string;
  readonly unit: '%';
  readonly groups: { readonly patients: Group; readonly providers: Group };
  readonly goals: readonly Goal[];
  /** Key of the source in `references.ts`. */
  readonly citationKey: string;
  /** What a careful reader should know about the figures. */
  readonly caveat: string;
}
