/**
 * The build's variable that says the site will have its PDFs beside its pages: `npm run pdf` builds with
 * it, as it writes them into the same folder. A plain `npm run build` has none, so its pages link to none.
 */
export const WITH_PDFS_VARIABLE = 'WITH_PDFS';

/** Whether the build's environment says the PDFs come with the site (`WITH_PDFS=1`). */
export function resolveSitePdfs(environment: Readonly<Record<string, string | undefined>>): boolean {
  const value = environment[WITH_PDFS_VARIABLE]?.trim();
  if (value === undefined || value === '' || value === '0') return false;
  if (value === '1') return true;
  throw new Error(`${WITH_PDFS_VARIABLE} "${value}" must be 1 (the pages link to their PDFs) or 0.`);
}
