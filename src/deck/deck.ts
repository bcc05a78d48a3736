import type { Token } from 'markdown-it';
import type { GoalsDataset } from '../data/goals-dataset.ts';
import type { Reference } from '../data/reference.ts';
import type { Poll } from './poll.ts';

/** The Deck model: what the loader makes of `slides/*.md`, and what every renderer reads. */

/** A mistake in an author's file, with where it is and how to fix it. */
export interface Diagnostic {
  /** Path of the file, relative to the project root (`slides/04-why-work-together.md`). */
  readonly file: string;
  /** 1-based line in that file; 0 when the problem is the file as a whole. */
  readonly line: number;
  readonly column?: number;
  readonly message: string;
  /** What to do about it. */
  readonly hint?: string;
}

export const LAYOUTS = ['default', 'title', 'section', 'principle', 'picture', 'quote'] as const;
export type Layout = (typeof LAYOUTS)[number];

export const TRANSITIONS = ['none', 'fade', 'slide', 'convex', 'concave', 'zoom'] as const;
export type Transition = (typeof TRANSITIONS)[number];

/** A file's front matter, validated. Defaults are applied by the loader, not here. */
export interface FrontMatter {
  /** The section's title: outline, handout, browser tab. Required. */
  readonly title: string;
  /** Deep-link id of the file's first slide. Default: the file name without its `NN-` prefix. */
  readonly id?: string;
  /** The leadership principle (1–5) the file presents. */
  readonly principle?: number;
  /** How the file's slides are laid out. Default `default`. */
  readonly layout?: Layout;
  /** A picture for the first slide, relative to the file. Requires `alt`. */
  readonly image?: string;
  /** Alt text for `image`. */
  readonly alt?: string;
  /** A CSS colour for the slides' background. */
  readonly background?: string;
  /** reveal.js transition for the file's slides. Default: the deck's (`slide`). */
  readonly transition?: Transition;
}

/** The front matter's picture, beside the first slide's text. */
export interface SlidePicture {
  /** Root-absolute URL of the file in the project (`/assets/mirror.svg`), which the build bundles. */
  readonly url: string;
  readonly alt: string;
}

export interface Slide {
  /** Stable deep-link id (`coproduction`, `coproduction-2`). */
  readonly id: string;
  /** 1-based line of the slide's first line in its file. */
  readonly line: number;
  /** Text of the slide's first heading, or the section title when it has none. */
  readonly title: string;
  /**
   * The slide's blocks as checked markdown-it tokens, without its notes: each renderer (src/render/)
   * writes them for its own page. Rendering never changes them.
   */
  readonly content: readonly Token[];
  /** The speaker notes' blocks; empty when the slide has none. */
  readonly notes: readonly Token[];
  /** The front matter's picture, on the file's first slide only. */
  readonly picture?: SlidePicture;
  /** How many fragments (steps) the slide builds up in. */
  readonly stepCount: number;
  /** Ids of the datasets charted on this slide, in order. */
  readonly charts: readonly string[];
  /** The slide's `::: poll`, when it has one. */
  readonly poll?: Poll;
}

/** One file of `slides/`: a section of the talk or one leadership principle. */
export interface Section {
  readonly file: string;
  readonly id: string;
  readonly order: number;
  readonly frontMatter: FrontMatter;
  readonly layout: Layout;
  readonly slides: readonly Slide[];
}

export interface Deck {
  readonly sections: readonly Section[];
  /** Keys of the references cited anywhere in the deck, in order of first citation. */
  readonly citedKeys: readonly string[];
}

/** The works slides may cite, by key. A Map: an author's key never reaches an object's prototype. */
export type Bibliography = ReadonlyMap<string, Reference>;

/** The datasets a slide may chart, by the id its chart directive names. */
export type Datasets = ReadonlyMap<string, GoalsDataset>;

/** What the loader returns: a deck when there were no errors, and every diagnostic found. */
export type LoadResult =
  | { readonly ok: true; readonly deck: Deck; readonly diagnostics: readonly [] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };
