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
    /** The browser engine this browser project drives, and how (browser tiers only). */
    engineInstall: import('../../src/tools/browsers/engine-install.ts').EngineInstall;
    /** The built deck as the shared suite opens it in this engine (for WebKit, a copy that records problems). */
    engineBaseUrl: string;
    /** The virtual X display the tests started for WebKitGTK, or '' when it uses the machine's own. */
    engineDisplay: string;
  }
}

export {};
