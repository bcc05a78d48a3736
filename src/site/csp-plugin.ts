import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { createContentSecurityPolicy, DECK_SLIDE_SIZE, type SlideSize } from './content-security-policy.ts';
import { findInlineCode, findSpeakerViewHtml } from './find-inline-code.ts';

export interface CspPluginOptions {
  /** The slide size reveal.js is configured with. Default: the deck's, 1280 × 720 with a 0.05 margin. */
  readonly slideSize?: SlideSize;
}

/** The module the runtime imports for the speaker view, resolved as the bundle resolves it. */
const NOTES_PLUGIN = 'reveal.js/plugin/notes';

/**
 * Puts the deck's Content Security Policy into every built HTML page, as the first thing after
 * `<meta charset>` (a policy in a meta element covers only what follows it). Build only: Vite's dev
 * server injects inline scripts and styles for hot reloading, which the policy would block. The hashes
 * of the speaker view's inline code are read from the notes plugin the bundle really contains; the
 * build fails, saying what to update, if that plugin no longer writes its page as expected.
 */
export function cspPlugin(options: CspPluginOptions = {}): Plugin {
  let policy = '';
  return {
    name: 'deck-csp',
    apply: 'build',
    async buildStart() {
      const notesPlugin = await this.resolve(NOTES_PLUGIN);
      if (!notesPlugin) this.error(`Cannot find "${NOTES_PLUGIN}" to hash its speaker view for the CSP.`);
      const speakerView = findInlineCode(findSpeakerViewHtml(await readFile(notesPlugin.id, 'utf8')));
      if (speakerView.scripts.length === 0 || speakerView.styles.length === 0) {
        this.error(
          `The speaker view in ${notesPlugin.id} has no inline script or style any more: ` +
            'check its page and update src/site/find-inline-code.ts.',
        );
      }
      policy = createContentSecurityPolicy({
        inlineCode: [speakerView],
        slideSize: options.slideSize ?? DECK_SLIDE_SIZE,
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta\s+charset=[^>]*>/i.exec(html);
        if (!charset) {
          const attrs = { 'http-equiv': 'Content-Security-Policy', content: policy };
          return [{ tag: 'meta', attrs, injectTo: 'head-prepend' }];
        }
        // The policy holds no '"', '&', '<' or '>', so it goes into the attribute as it is.
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        const end = charset.index + charset[0].length;
        return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
      },
    },
  };
}
