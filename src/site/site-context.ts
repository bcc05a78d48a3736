import { resolve } from 'node:path';
import { datasets } from '../data/datasets.ts';
import { bibliography } from '../data/references.ts';
import type { Deck } from '../deck/deck.ts';
import type { RenderSources, SiteAddress } from '../render/render-context.ts';
import { DeckError } from './deck-error.ts';
import { loadDeckFromDisk, stampSlideFiles } from './read-slide-sources.ts';
import { resolveSiteAddress } from './site-address.ts';
import { resolveSitePdfs } from './site-pdfs.ts';

export interface DeckSiteOptions {
  /** Folder of the slide files, relative to the project root. Default `slides`. */
  readonly slidesDir?: string;
  /** The build's environment, read for `SITE_URL` and `WITH_PDFS`. Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * What every plugin of the site builds from, resolved once: the project root, the slides folder, the
 * published address and the deck itself.
 */
export interface SiteContext {
  /** The project root (Vite's root): known once Vite has read its config. */
  readonly root: string;
  /** The slides folder, absolute. */
  readonly slidesDir: string;
  /** As the project root's relative path (`slides`), for messages. */
  readonly slidesPath: string;
  readonly site: SiteAddress;
  /** What every page is rendered from besides the deck. */
  readonly sources: RenderSources;
  /** Takes the project root from Vite's config; every other member waits for it. */
  setRoot(root: string): void;
  /**
   * The deck, loaded from the slide files on first use and kept until `invalidate`. Throws a
   * `DeckError` with every diagnostic when the slides have mistakes.
   */
  deck(): Deck;
  /** The last deck that loaded without mistakes, if any did: what the dev server shows under a mistake. */
  lastGoodDeck(): Deck | undefined;
  /** Forgets the loaded deck, so the next `deck()` reads the slide files again. */
  invalidate(): void;
}

/**
 * Creates the one context of a build or a dev server. Throws when `SITE_URL` is not an http(s) address
 * or `WITH_PDFS` is neither 1 nor 0.
 */
export function createSiteContext(options: DeckSiteOptions = {}): SiteContext {
  const slidesPath = options.slidesDir ?? 'slides';
  const environment = options.env ?? process.env;
  const site = resolveSiteAddress(environment);
  const pdfs = resolveSitePdfs(environment);
  let root: string | undefined;
  let loaded: (({ deck: Deck } | { error: DeckError }) & { readonly stamp: string }) | undefined;
  let lastGood: Deck | undefined;
  const rootOrThrow = () => {
    if (root === undefined) throw new Error('The site context is used before Vite has resolved its root.');
    return root;
  };
  return {
    get root() {
      return rootOrThrow();
    },
    get slidesDir() {
      return resolve(rootOrThrow(), slidesPath);
    },
    slidesPath,
    site,
    sources: Object.freeze({ site, bibliography, datasets, pdfs }),
    setRoot(next) {
      if (next !== root) loaded = undefined;
      root = next;
    },
    deck() {
      // A file watcher can miss a save (chokidar drops a second change within 50 ms), so the files'
      // stamp is checked on every use: the deck is never older than the files.
      const stamp = stampSlideFiles(resolve(rootOrThrow(), slidesPath));
      if (!loaded || loaded.stamp !== stamp) {
        const result = loadDeckFromDisk(rootOrThrow(), slidesPath);
        loaded = result.ok
          ? { deck: result.deck, stamp }
          : { error: new DeckError(result.diagnostics, rootOrThrow()), stamp };
      }
      if ('error' in loaded) throw loaded.error;
      lastGood = loaded.deck;
      return loaded.deck;
    },
    lastGoodDeck() {
      return lastGood;
    },
    invalidate() {
      loaded = undefined;
    },
  };
}
