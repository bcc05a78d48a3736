import type { talk as Talk } from '../data/talk.ts';
import { SOCIAL_CARD_SIZE } from '../deck/geometry.ts';
import { escapeHtml } from './escape-html.ts';
import type { SiteAddress } from './render-context.ts';

/** The sharing card's file name in the built site, and its size in pixels (what link previews expect). */
export const SOCIAL_CARD = Object.freeze({ fileName: 'social-card.png', ...SOCIAL_CARD_SIZE });

/**
 * Returns the `<meta>` tags link previews read (OpenGraph, Twitter cards), and a canonical link when
 * the site's address is really configured. With an address the card's URL is absolute, as most
 * previewers require; without, it is relative to the page.
 */
export function renderSocialMeta(talk: typeof Talk, site: SiteAddress): string {
  const { url: siteUrl, configured } = site;
  const image = configured ? new URL(SOCIAL_CARD.fileName, siteUrl).href : SOCIAL_CARD.fileName;
  const alt = `Title slide: ${talk.title}. ${talk.speaker}, ${talk.organisation}.`;
  const tags: [string, string, string][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:title', talk.title],
    ['property', 'og:description', talk.description],
    ['property', 'og:locale', talk.language.replace('-', '_')],
    ['property', 'og:image', image],
    ['property', 'og:image:width', String(SOCIAL_CARD.width)],
    ['property', 'og:image:height', String(SOCIAL_CARD.height)],
    ['property', 'og:image:alt', alt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', talk.title],
    ['name', 'twitter:description', talk.description],
    ['name', 'twitter:image', image],
    ['name', 'twitter:image:alt', alt],
    ...(configured ? ([['property', 'og:url', siteUrl]] as [string, string, string][]) : []),
  ];
  const meta = tags.map(([kind, key, value]) => `<meta ${kind}="${key}" content="${escapeHtml(value)}" />`);
  if (configured) meta.push(`<link rel="canonical" href="${escapeHtml(siteUrl)}" />`);
  return meta.join('\n    ');
}
