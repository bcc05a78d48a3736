import type { Plugin } from 'vite';

/** The module reveal.js's notes plugin ships as: marked bundled inline, ahead of the speaker view. */
const NOTES_PLUGIN = /[\\/]reveal\.js[\\/]dist[\\/]plugin[\\/]notes\.mjs$/;
const MARKED_START = '//#region node_modules/marked/lib/marked.esm.js';
const REGION_END = '//#endregion';
/** The name the notes plugin hands marked to its popup under; the stub keeps it defined. */
const MARKED_BINDING = '$';

/**
 * Ships reveal.js's speaker view without `marked`. The notes plugin bundles that Markdown parser for notes
 * written as `data-markdown`, but every note here is rendered to HTML at build time: the popup only ever
 * shows HTML. The parser's region of the bundle becomes a stub that fails loudly if asked to parse.
 * Fails the build, saying what to check, when a reveal.js upgrade changes the bundle's shape.
 */
export function speakerViewPlugin(): Plugin {
  return {
    name: 'deck-site:speaker-view',
    transform(code, id) {
      if (!NOTES_PLUGIN.test(id.split('?')[0] ?? id)) return null;
      const start = code.indexOf(MARKED_START);
      const end = start === -1 ? -1 : code.indexOf(REGION_END, start + MARKED_START.length);
      if (start === -1 || end === -1 || !code.slice(end).includes(`marked = ${MARKED_BINDING}`)) {
        this.error(
          `${id}: reveal.js's notes plugin no longer bundles marked as this build expects; check ` +
            'src/site/speaker-view-plugin.ts against the new reveal.js before upgrading.',
        );
      }
      const stub =
        `function ${MARKED_BINDING}() {\n` +
        "  throw new Error('Speaker notes are rendered at build time; the speaker view parses no Markdown.');\n" +
        '}\n';
      return { code: code.slice(0, start) + stub + code.slice(end), map: null };
    },
  };
}
