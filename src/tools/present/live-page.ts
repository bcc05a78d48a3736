import type { Role } from '../../live/messages.ts';

/** The live code a page loads besides its own, as the live client's build named its files. */
export interface LiveAssets {
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

const CSP_META = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;

/**
 * The built deck page as the live server sends it: its Content Security Policy lets it connect to the
 * channel of the host it was loaded from (`channel`: `ws://192.168.1.20:8080`) and nowhere else, and it
 * loads the live code for its role. The built file is never changed: the static site loads none of this.
 * Throws when the page has no policy to widen, which would mean the build has changed shape.
 */
export function makeLivePage(html: string, role: Role, channel: string, assets: LiveAssets): string {
  const csp = CSP_META.exec(html);
  if (!csp)
    throw new Error('The built deck page has no Content-Security-Policy <meta>: rebuild it (npm run build).');
  const policy = allowChannel(csp[2] ?? '', channel);
  const tags = [
    `<meta name="live-role" content="${role}">`,
    ...assets.styles.map((href) => `<link rel="stylesheet" href="${href}">`),
    ...assets.scripts.map((src) => `<script type="module" src="${src}"></script>`),
  ].join('\n');
  return html
    .replace(CSP_META, (_, start, _policy, end) => `${start}${policy}${end}`)
    .replace('</head>', `${tags}\n</head>`);
}

/** A policy's `connect-src` narrowed to the page's own origin and its channel's. */
export function allowChannel(policy: string, channel: string): string {
  const directives = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !directive.startsWith('connect-src '));
  return [...directives, `connect-src 'self' ${channel}`].join('; ');
}

/** The policy of the pages the live build makes itself (the remote): the server's origin, its channel. */
export function livePagePolicy(channel: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    `connect-src 'self' ${channel}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
