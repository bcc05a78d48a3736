/** One entry of the talk's bibliography, cited in slides as `[@key]`. */
export interface Reference {
  /** Short form shown where it is cited, e.g. "Sepucha 2008". */
  readonly short: string;
  /** Full citation as it appears on the references slide and in the handout. */
  readonly citation: string;
  /** A stable link to the work (a DOI resolver or the publisher's page), if it has one. */
  readonly url?: string;
}
