import { describe, expect, it } from 'vitest';
import { resolveSitePdfs, WITH_PDFS_VARIABLE } from '../../../src/site/site-pdfs.ts';

describe('whether the site has its PDFs', () => {
  it('is so only when the build says WITH_PDFS=1', () => {
    expect(resolveSitePdfs({})).toBe(false);
    expect(resolveSitePdfs({ [WITH_PDFS_VARIABLE]: '' })).toBe(false);
    expect(resolveSitePdfs({ [WITH_PDFS_VARIABLE]: '0' })).toBe(false);
    expect(resolveSitePdfs({ [WITH_PDFS_VARIABLE]: '1' })).toBe(true);
    expect(resolveSitePdfs({ [WITH_PDFS_VARIABLE]: ' 1 ' })).toBe(true);
  });

  it('names the variable and its values for anything else', () => {
    expect(() => resolveSitePdfs({ [WITH_PDFS_VARIABLE]: 'yes' })).toThrow(
      'WITH_PDFS "yes" must be 1 (the pages link to their PDFs) or 0.',
    );
  });
});
