import { posix } from 'node:path';
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { type InspectPicture, PICTURE_TYPES, type PictureFile } from '../../deck/picture-file.ts';
import { forEachInline, inlineLine, type ParseEnv, report } from './parse-env.ts';

export type ImageResolution = { readonly url: string } | { readonly problem: string; readonly hint: string };

/** Where pictures may come from, and how to look at one: what resolving a path needs. */
export interface PictureRules {
  /** Project-relative folders pictures may live in: `assets` and the slides' folder. */
  readonly pictureFolders: readonly string[];
  readonly inspectPicture: InspectPicture;
}

const KNOWN_TYPES = [...new Set(PICTURE_TYPES.values())].join(', ');

/**
 * Resolves an image path written relative to a slide file into a root-absolute URL that Vite bundles
 * and hashes. Only picture files inside the picture folders qualify, as the site inspects them: remote
 * images are refused (the deck must work offline and load nothing from other hosts), and so is any other
 * file of the project, which would otherwise be published with the site.
 */
export function resolveImage(file: string, src: string, rules: PictureRules): ImageResolution {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return {
      problem: `image "${src}" is not a file in the project`,
      hint: 'save the picture in assets/ and link it by a relative path such as ../assets/photo.jpg',
    };
  }
  const projectPath = posix.normalize(posix.join(posix.dirname(file), safeDecode(src)));
  const inFolder = rules.pictureFolders.some((folder) => projectPath.startsWith(`${folder}/`));
  if (projectPath.startsWith('../') || !inFolder) {
    return {
      problem: `image "${src}" is outside the picture folders (it names ${projectPath})`,
      hint: `keep pictures in ${rules.pictureFolders.map((folder) => `${folder}/`).join(' or ')}, e.g. ../assets/photo.jpg`,
    };
  }
  const extension = posix.extname(projectPath).toLowerCase();
  const type = PICTURE_TYPES.get(extension);
  if (type === undefined) {
    return {
      problem: `image "${src}" is not a picture file (${extension || 'no extension'})`,
      hint: `use one of these types: ${KNOWN_TYPES}`,
    };
  }
  const found = describeFault(src, projectPath, type, rules.inspectPicture(projectPath));
  if (found) return found;
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

/** The author's mistake for what the site found in a picture's file; undefined when it is fine. */
function describeFault(
  src: string,
  projectPath: string,
  type: string,
  file: PictureFile,
): { readonly problem: string; readonly hint: string } | undefined {
  switch (file.kind) {
    case 'ok':
      return undefined;
    case 'missing':
      return {
        problem: `image "${src}" not found (looked for ${projectPath})`,
        hint: 'check the file name; paths are relative to the slide file, e.g. ../assets/photo.jpg',
      };
    case 'outside':
      return {
        problem: `image "${src}" is a link to ${file.target}, outside the picture folders`,
        hint: 'copy the picture itself into assets/ rather than linking to it',
      };
    case 'wrong-bytes':
      return {
        problem: `image "${src}" is not a ${type} picture: its bytes are of another kind`,
        hint: `save it again as ${type}, or give the file the extension of the type it is`,
      };
    case 'unsafe':
      return {
        problem: `image "${src}" holds ${file.what}: a published picture may neither run code nor load other files`,
        hint: 'a picture must be a still drawing: remove scripts, event handlers and links to other files',
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
    const searchFrom = new Map<Token, number>();
    forEachInline(state.tokens, (token, block) => {
      if (token.type !== 'image') return;
      // The line of the image itself, not of its paragraph: a paragraph of notes spans many lines.
      const written = state.md.normalizeLinkText(String(token.attrGet('src') ?? ''));
      const at = block.token.content.indexOf(`](${written}`, searchFrom.get(block.token) ?? 0);
      searchFrom.set(block.token, at + 1);
      checkImage(env, at === -1 ? block.line : inlineLine(block, at), token);
    });
  });
}

function checkImage(env: ParseEnv, line: number, image: Token): void {
  const src = String(image.attrGet('src') ?? '');
  if (image.content.trim() === '') {
    report(
      env,
      line,
      `image "${src}" has no alt text`,
      'write what the picture shows: ![A flame on water](...)',
    );
  }
  const resolved = resolveImage(env.file, src, env);
  if ('problem' in resolved) {
    report(env, line, resolved.problem, resolved.hint);
    // Whatever it named stays out of the page.
    image.attrs = (image.attrs ?? []).filter(([name]) => name !== 'src');
  } else image.attrSet('src', resolved.url);
}
