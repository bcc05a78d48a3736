import { siteUrl } from '../data/talk.ts';
import type { SiteAddress } from '../render/render-context.ts';

/**
 * The published deck's address: `SITE_URL` from the build's environment, else `siteUrl` in
 * src/data/talk.ts. Always ends in "/". Throws, naming the variable, when it is not an http(s) URL.
 */
export function resolveSiteUrl(environment: Readonly<Record<string, string | undefined>>): string {
  const value = environment.SITE_URL?.trim() || siteUrl;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `SITE_URL "${value}" is not a URL: set it to the deck's address, e.g. https://example.org/talk/`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${value}" must start with https:// (the address people open on their phones)`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Whether the address is still the documentation placeholder, which no audience can open. */
export function isPlaceholderSiteUrl(siteUrl: string): boolean {
  return new URL(siteUrl).hostname === 'example.org';
}

/** The published deck's address for a build's environment: `SITE_URL`, else `siteUrl`; see `resolveSiteUrl`. */
export function resolveSiteAddress(environment: Readonly<Record<string, string | undefined>>): SiteAddress {
  const url = resolveSiteUrl(environment);
  return Object.freeze({ url, configured: !isPlaceholderSiteUrl(url) });
}
