/** What a page of the deck is for, as its address says: the deck, the speaker view, or one of its previews. */
export type PageRole = 'deck' | 'speaker-view' | 'preview';

/** The query parameter of the speaker view (`?speaker`) and of its previews (`?preview`). */
const SPEAKER_VIEW_PARAMETER = 'speaker';
const PREVIEW_PARAMETER = 'preview';

/** The role of the page at `search` (`location.search`). */
export function pageRole(search: string): PageRole {
  const query = new URLSearchParams(search);
  if (query.has(SPEAKER_VIEW_PARAMETER)) return 'speaker-view';
  if (query.has(PREVIEW_PARAMETER)) return 'preview';
  return 'deck';
}

/**
 * The address of the speaker view, or of a preview, for the deck at `page`: the same document (so it
 * works from a single file too) with only its role in the query; a reading view's or high contrast's
 * parameters stay with the deck.
 */
export function addressFor(page: URL, role: Exclude<PageRole, 'deck'>): string {
  return `${page.pathname}?${role === 'speaker-view' ? SPEAKER_VIEW_PARAMETER : PREVIEW_PARAMETER}`;
}

/** The name of the speaker view's window: S again finds it rather than opening a second one. */
export const SPEAKER_WINDOW_NAME = 'deck-speaker-view';

/**
 * The target origin for `postMessage`: the page's own, or any for a page opened from a file, whose
 * windows each have an opaque origin no target can name. The recipient is then known by its window.
 */
export function messageTarget(): string {
  return fromFile() ? '*' : window.location.origin;
}

/** Whether a message comes from this page's origin; from a file, every origin is opaque ("null"). */
export function isOwnOrigin(event: MessageEvent): boolean {
  return fromFile()
    ? event.origin === 'null' || event.origin === 'file://'
    : event.origin === window.location.origin;
}

function fromFile(): boolean {
  return window.location.protocol === 'file:';
}
