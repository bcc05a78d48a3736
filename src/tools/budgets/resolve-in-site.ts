const SITE = 'http://site.invalid';

/**
 * Where `href`, written in the built site's file at `from`, points inside the site: a path with `/`
 * separators and no leading slash (`assets/index-B3prRUiz.js`), without query or fragment. Undefined for
 * a URL off the site (`https:`, `data:`).
 */
export function resolveInSite(from: string, href: string): string | undefined {
  const url = new URL(href, `${SITE}/${from}`);
  if (url.origin !== SITE) return undefined;
  return decodeURIComponent(url.pathname.slice(1));
}
