import type { Plugin } from 'vite';

/**
 * V8's file-wide compile hint: compile every function of the file as it loads, on the thread that
 * streams it, instead of each on its first call on the main thread (Chromium 136 and later; other
 * engines read a comment).
 */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Modules whose chunk runs nearly all of its code soon after it loads: the charts and Chart.js. */
const EAGER_MODULES = ['/src/browser/charts/mount-charts.ts'];

/**
 * Marks the charts' chunk for eager compilation. Mounting the first chart calls most of Chart.js once,
 * and compiling it function by function there made that mount one long frame; compiled as it streams,
 * the mount fits a frame. The hint is added after minification, which would drop a comment.
 */
export function compileHintsPlugin(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    outputOptions(options) {
      const { postBanner } = options;
      return {
        ...options,
        async postBanner(chunk) {
          const banner = typeof postBanner === 'function' ? await postBanner(chunk) : (postBanner ?? '');
          // The chunk that holds the module, shared by the deck (loaded when a chart is near) and the
          // handout; never an entry, which would be the whole page's code in the single file.
          const eager =
            !chunk.isEntry &&
            chunk.moduleIds.some((id) => EAGER_MODULES.some((module) => id.endsWith(module)));
          return [eager ? EAGER_COMPILE_HINT : '', banner].filter(Boolean).join('\n');
        },
      };
    },
  };
}
