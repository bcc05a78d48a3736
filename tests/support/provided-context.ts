/** What the tiers' global setups hand their tests through `inject`. */
declare module 'vitest' {
  export interface ProvidedContext {
    /** The project folder, holding `slides/`. */
    projectRoot: string;
    /** The folder the tests built the site into: private to this run, so no other build can clobber it. */
    distDir: string;
    /** The built deck, served from `distDir`: `http://127.0.0.1:<port>` (browser tier only). */
    baseUrl: string;
    /** The Chromium executable the browser tests launch (browser tier only). */
    chromiumPath: string;
  }
}

export {};
