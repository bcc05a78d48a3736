import { resolve } from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { HANDOUT_PAGE, PDF_FILES } from '../deck/dom-contract.ts';
import { SOCIAL_CARD } from '../render/render-social-meta.ts';
import { allowInlineCode } from './content-security-policy.ts';
import { findInlineCode } from './find-inline-code.ts';

import { inlineBundle, removeLinksTo, replaceAttributeUrl, toDataUrl } from './inline-bundle.ts';

/** The Vite mode that builds the deck as one file: `vite build --mode single`. */
export const SINGLE_FILE_MODE = 'single';

export interface SingleFilePluginOptions {
  /** Name of the one file written. Default `leadership-and-coproduction.html`. */
  readonly fileName?: string;
  /** The folder it goes into when the build is given none. Default `dist-single`. */
  readonly outDir?: string;
}

const POLICY = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;

/**
 * In the `single` mode only, builds the deck as one self-contained HTML file that works opened from the
 * file system (`file://`), with no network and no other file: one script (Chart.js, loaded lazily on the
 * site, included), one stylesheet, and every font (WOFF2), picture and icon as a data: URL, all in the
 * page as a `<script type="module">` and a `<style>`, which the page's Content Security Policy (from
 * `cspPlugin()`) then allows by hash. The handout, a second page, is left out, and so is the deck's link
 * to it (and to the slides' PDF, if the build has one); so is the sharing card. Fails the build, naming them, if any other file would be needed.
 */
export function singleFilePlugin(options: SingleFilePluginOptions = {}): Plugin {
  const fileName = options.fileName ?? 'leadership-and-coproduction.html';
  let base = './';
  return {
    name: 'deck-single-file',
    apply: (_config, env) => env.command === 'build' && env.mode === SINGLE_FILE_MODE,
    config(config) {
      const root = resolve(config.root ?? process.cwd());
      // Only the deck. Merging config cannot take away the handout's entry, so the input is replaced.
      config.build ??= {};
      config.build.rolldownOptions ??= {};
      config.build.rolldownOptions.input = resolve(root, 'index.html');
      return {
        build: {
          outDir: config.build.outDir ?? options.outDir ?? 'dist-single',
          assetsInlineLimit: () => true,
          // One stylesheet: CSS split per chunk would be added at run time in style elements, unhashed.
          cssCodeSplit: false,
          modulePreload: false,
          rolldownOptions: { output: { codeSplitting: false } },
        },
      };
    },
    configResolved(config) {
      base = config.base;
    },
    // After every other plugin's: only then is the code final (Vite rewrites its preload markers late).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') this.error('The build made no index.html to make the single file of.');
        delete bundle['index.html'];
        // Link previewers fetch the sharing card from the published site; a file on a disk has no use for it.
        delete bundle[SOCIAL_CARD.fileName];
        // A file on its own has no handout and no PDFs beside it to link to.
        const alone = [HANDOUT_PAGE, PDF_FILES.slides].reduce(removeLinksTo, String(page.source));
        const html = inlineFiles(alone, bundle, base);
        const left = Object.keys(bundle);
        if (left.length > 0) {
          this.error(
            `The single file would need other files: ${left.join(', ')}. Check that nothing in the ` +
              'deck is loaded by URL at run time, and that src/site/inline-bundle.ts knows their type.',
          );
        }
        if (!POLICY.test(html)) this.error('The deck has no Content Security Policy: add cspPlugin().');
        this.emitFile({ type: 'asset', fileName, source: allowOwnInlineCode(html) });
      },
    },
  };
}

/**
 * Puts the bundle's files into the page, taking each out of the bundle: scripts and stylesheets as
 * inline elements, files linked from attributes (the icon, which Vite never inlines) as data: URLs.
 */
function inlineFiles(html: string, bundle: Rolldown.OutputBundle, base: string): string {
  const nameOf = (url: string) => (url.startsWith(base) ? url.slice(base.length) : url);
  let page = inlineBundle(html, (url) => {
    const file = bundle[nameOf(url)];
    if (!file) return undefined;
    delete bundle[file.fileName];
    if (file.type === 'chunk') return file.code;
    return typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
  });
  for (const [name, file] of Object.entries(bundle)) {
    const dataUrl = file.type === 'asset' ? toDataUrl(name, file.source) : undefined;
    const inlined = dataUrl && replaceAttributeUrl(page, `${base}${name}`, dataUrl);
    if (!inlined || inlined === page) continue;
    page = inlined;
    delete bundle[name];
  }
  return page;
}

/** The page with its policy widened to allow its own inline code, and its fonts from data: URLs. */
function allowOwnInlineCode(html: string): string {
  const code = findInlineCode(html);
  const embeddedFonts = code.styles.some((style) => /url\(\s*["']?data:font\//.test(style));
  return html.replace(
    POLICY,
    (_match, start: string, policy: string, end: string) =>
      `${start}${allowInlineCode(policy, code, { embeddedFonts })}${end}`,
  );
}
