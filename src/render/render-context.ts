import type { Bibliography, Datasets } from '../deck/deck.ts';
import { handoutAnchor } from '../deck/dom-contract.ts';

/** The published deck's address, as the build resolved it. */
export interface SiteAddress {
  /** Absolute, ending in "/": `https://talks.example.net/humility/`. */
  readonly url: string;
  /** False while it is still the documentation's placeholder, which no audience can open. */
  readonly configured: boolean;
}

/** What every page is rendered from besides the deck. */
export interface RenderSources {
  readonly site: SiteAddress;
  readonly bibliography: Bibliography;
  readonly datasets: Datasets;
  /** Whether the site has its PDFs (`PDF_FILES`) beside its pages, so that the pages link to them. */
  readonly pdfs: boolean;
}

/** The page a deck is rendered for: its links, pictures and lists follow from it. */
export type RenderTarget = 'deck' | 'handout';

/** What rendering one slide's tokens knows. */
export interface RenderContext extends RenderSources {
  readonly target: RenderTarget;
  /** Keys of the works cited anywhere in the deck, in order of first citation: the references list. */
  readonly citedKeys: readonly string[];
  /** Whether the slide's pictures may wait (`loading="lazy"`): every slide of the deck but the first. */
  readonly lazyPictures: boolean;
  /** The id of the slide being rendered: unique in the deck, so ids made from it are unique on the page. */
  readonly slideId: string;
}

/** Where a link to a slide points on the target's page: `#/id` in the deck, its anchor in the handout. */
export function slideHref(slideId: string, target: RenderTarget): string {
  return target === 'deck' ? `#/${slideId}` : `#${handoutAnchor(slideId)}`;
}
