import type { Bibliography } from '../deck/deck.ts';
import { escapeHtml } from './escape-html.ts';

/** The items of the references cited in the deck, alphabetically, each with a link when the work has one. */
export function renderReferenceList(citedKeys: readonly string[], bibliography: Bibliography): string {
  return citedKeys
    .flatMap((key) => {
      const reference = bibliography.get(key);
      return reference ? [reference] : [];
    })
    .sort((a, b) => a.citation.localeCompare(b.citation))
    .map((reference) => {
      const link = reference.url
        ? ` <a href="${escapeHtml(reference.url)}">${escapeHtml(reference.url)}</a>`
        : '';
      return `<li>${escapeHtml(reference.citation)}${link}</li>`;
    })
    .join('');
}
