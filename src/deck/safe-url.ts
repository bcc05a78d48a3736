/** The schemes a link may use; a link without a scheme (`#/slide`, `page.html`) stays in the site. */
const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * Returns the scheme of a URL as a browser reads it (lower-case, without ":"), or undefined when the URL
 * has none. Browsers drop tabs and newlines anywhere and control characters or spaces in front, so
 * `java\tscript:` is `javascript` here too.
 */
export function urlScheme(url: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers skip C0 controls before a scheme.
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\x00-\x20]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** Whether a URL is safe in an `href` or `src`: no scheme, or http(s), mailto or tel. Never javascript:. */
export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}
