import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../../src/data/talk.ts';
import { isPlaceholderSiteUrl, resolveSiteUrl } from '../../../src/site/site-address.ts';

describe('the site URL', () => {
  it('comes from SITE_URL when the build sets it, with a closing slash', () => {
    expect(resolveSiteUrl({ SITE_URL: 'https://talks.example.net/humility' })).toBe(
      'https://talks.example.net/humility/',
    );
  });

  it('falls back to the talk’s own setting', () => {
    expect(resolveSiteUrl({})).toBe(siteUrl);
    expect(isPlaceholderSiteUrl(siteUrl)).toBe(true);
  });

  it('refuses what a phone could not open, naming the variable', () => {
    expect(() => resolveSiteUrl({ SITE_URL: 'talks/humility' })).toThrow(
      /SITE_URL "talks\/humility" is not a URL/,
    );
    expect(() => resolveSiteUrl({ SITE_URL: 'ftp://example.net/' })).toThrow(/must start with https:/);
  });
});
