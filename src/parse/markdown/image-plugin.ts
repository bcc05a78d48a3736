import { posix } from 'node:path';
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { forEachInline, type InlineBlock, type ParseEnv, report } from './parse-env.ts';

export type ImageResolution = { readonly url: string } | { readonly problem: string; readonly hint: string };

/**
 * Resolves an image path written relative to a slide file into a root-absolute URL that Vite bundles
 * and hashes. Remote images are refused: the deck must work offline and load nothing from other hosts.
 */
export function resolveImage(
  file: string,
  src: string,
  assetExists: (path: string) => boolean,
): ImageResolution {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return {
      problem: `image "${src}" is not a file in the project`,
      hint: 'save the picture in assets/ and link it by a relative path such as ../assets/photo.jpg',
    };
  }
  const projectPath = posix.normalize(posix.join(posix.dirname(file), safeDecode(src)));
  if (projectPath.startsWith('../') || !assetExists(projectPath)) {
    return {
      problem: `image "${src}" not found (looked for ${projectPath})`,
      hint: 'check the file name; paths are relative to the slide file, e.g. ../assets/photo.jpg',
    };
  }
  try {
    return { url: encodeURI(`/${projectPath}`) };
  } catch {
    // encodeURI throws on text that is not valid Unicode (a lone surrogate), which no file is named.
    return {
      problem: `image "${src}" is not a valid file name`,
      hint: 'retype the path, e.g. ../assets/photo.jpg',
    };
  }
}

/** markdown-it percent-encodes link targets; a malformed escape stays as written. */
function safeDecode(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

/** Checks every Markdown image: it must have alt text and name a file that exists, whose URL it takes. */
export function imagePlugin(md: MarkdownIt): void {
  md.core.ruler.push('image_check', (state: StateCore) => {
    const env = state.env as unknown as ParseEnv;
    forEachInline(state.tokens, (token, block) => {
      if (token.type === 'image') checkImage(env, block, token);
    });
  });
}

function checkImage(env: ParseEnv, block: InlineBlock, image: Token): void {
  const line = block.line;
  const src = String(image.attrGet('src') ?? '');
  if (image.content.trim() === '') {
    report(
      env,
      line,
      `image "${src}" has no alt text`,
      'write what the picture shows: ![A flame on water](...)',
    );
  }
  const resolved = resolveImage(env.file, src, env.assetExists);
  if ('problem' in resolved) {
    report(env, line, resolved.problem, resolved.hint);
    // Whatever it named stays out of the page.
    image.attrs = (image.attrs ?? []).filter(([name]) => name !== 'src');
  } else image.attrSet('src', resolved.url);
}
