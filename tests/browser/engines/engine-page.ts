import type { EngineName } from '../../../src/tools/browsers/engine-install.ts';

/** A window's content size, in CSS pixels. */
export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** The keys the shared suite presses, by their DOM `KeyboardEvent.key` names (Space as `' '`). */
export type Key =
  | 'ArrowRight'
  | 'ArrowLeft'
  | 'ArrowDown'
  | 'ArrowUp'
  | 'PageDown'
  | 'PageUp'
  | 'Home'
  | 'End'
  | 'Tab'
  | 'Enter'
  | 'Escape'
  | ' ';

/**
 * One page of one engine, as the shared suite drives it: the little every driver can do the same way.
 * Functions handed to `evaluate` and `waitFor` run in the page, so they close over nothing.
 */
export interface EnginePage {
  readonly engine: EngineName;
  /** Loads `url` and resolves once its `load` event has fired. */
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page and resolves with its (awaited, serialisable) result. */
  evaluate<Arg, Result>(fn: (arg: Arg) => Result | Promise<Result>, arg: Arg): Promise<Result>;
  /**
   * Resolves once `fn(arg)` is truthy in the page, checked on every animation frame and after every
   * navigation; rejects after `timeoutMs` saying what it waited for.
   */
  waitFor<Arg>(what: string, fn: (arg: Arg) => unknown, arg: Arg, timeoutMs?: number): Promise<void>;
  /**
   * Runs a script's source in the page as the test's own, outside the page's CSP: for a library the
   * test brings (axe-core), which the page itself never loads. What it defines on `window` stays.
   */
  runScript(source: string): Promise<void>;
  /** Presses and releases a key, as a keyboard or a clicker does. */
  press(key: Key): Promise<void>;
  /** Clicks the middle of the first element matching `selector`, with the pointer. */
  click(selector: string): Promise<void>;
  /** The window's content as a PNG, at one image pixel per CSS pixel times the device pixel ratio. */
  screenshot(): Promise<Uint8Array>;
  /** The browser's Back button; resolves once the address has changed. */
  back(): Promise<void>;
  /** Reloads the page and resolves once it has loaded. */
  reload(): Promise<void>;
  /** The page's address. */
  url(): Promise<string>;
  /**
   * What went wrong so far: console errors, uncaught errors and rejections, CSP violations, and requests
   * to another origin than the page's (data: and blob: stay home).
   */
  problems(): Promise<string[]>;
  /** Closes the page (for a driver with one window, empties it for the next test). */
  close(): Promise<void>;
}

/** A running browser of one engine. */
export interface EngineBrowser {
  readonly engine: EngineName;
  /**
   * `many` when pages opened one after another stay open side by side, each driven on its own; `one`
   * when the driver has a single window, which each `open` takes over.
   */
  readonly windows: 'many' | 'one';
  /**
   * Opens `url` in a fresh page (no cookies, storage or history from earlier pages) of the given size,
   * or as near as the browser goes: WebKit's MiniBrowser is never narrower than its toolbar, 447 px, so a
   * phone there is 447 px wide: still narrower than the deck's reading-view breakpoint.
   */
  open(url: string, viewport?: Viewport): Promise<EnginePage>;
  /** Stops the browser and everything it started. */
  close(): Promise<void>;
}
