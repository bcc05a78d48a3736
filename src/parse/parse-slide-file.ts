import { posix } from 'node:path';
import type { MarkdownIt, Token } from 'markdown-it';
import { CHART_CLICKS } from '../deck/chart-steps.ts';
import type {
  Bibliography,
  Datasets,
  Diagnostic,
  FrontMatter,
  Section,
  Slide,
  SlidePicture,
} from '../deck/deck.ts';
import type { InspectPicture } from '../deck/picture-file.ts';
import type { Poll, PollMeta } from '../deck/poll.ts';
import type { DirectiveMeta } from '../deck/token-meta.ts';
import { resolveImage } from './markdown/image-plugin.ts';
import { type ParseEnv, report, type SlideLink } from './markdown/parse-env.ts';
import { parseFrontMatter } from './parse-front-matter.ts';
import { normalizeSource, splitFrontMatter } from './split-front-matter.ts';
import { type SlideTokens, splitSlides } from './split-slides.ts';

/** What parsing a file needs besides its text; `inspectPicture` keeps the parser free of I/O. */
export interface ParseContext {
  readonly md: MarkdownIt;
  readonly bibliography: Bibliography;
  readonly datasets: Datasets;
  readonly inspectPicture: InspectPicture;
  readonly pictureFolders: readonly string[];
  readonly closestCitationKey: (key: string) => string | undefined;
}

export interface ParsedFile {
  readonly section: Section | null;
  readonly citedKeys: readonly string[];
  /** Links to slides by id, which only the whole deck can check. */
  readonly slideLinks: readonly SlideLink[];
  readonly diagnostics: readonly Diagnostic[];
}

const FILE_NAME = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
/** A name of digits alone would make an id reveal.js reads as a slide number (`#/2024`). */
const DIGITS_ONLY_NAME = /^\d+-[\d-]+\.md$/;

/**
 * Parses one slide file (`slides/NN-name.md`) into a section of slides, each its checked tokens and
 * notes. `source` is null when the file's bytes are not UTF-8 text. Never throws for an author mistake:
 * it returns diagnostics, and a section only when there are none.
 */
export function parseSlideFile(file: string, source: string | null, context: ParseContext): ParsedFile {
  const fail = (diagnostics: Diagnostic[]): ParsedFile => ({
    section: null,
    citedKeys: [],
    slideLinks: [],
    diagnostics,
  });
  const name = FILE_NAME.exec(posix.basename(file));
  if (name && DIGITS_ONLY_NAME.test(posix.basename(file))) {
    return fail([
      {
        file,
        line: 0,
        message: 'the name after the number must hold a word, not only digits',
        hint: 'reveal.js would read its deep link (#/2024) as a slide number: name it e.g. 05-year-2024.md',
      },
    ]);
  }
  if (!name) {
    return fail([
      {
        file,
        line: 0,
        message: 'slide file name must be "NN-name.md"',
        hint: 'number it for its place in the talk and use lower-case words joined by "-", e.g. 04-why-work-together.md',
      },
    ]);
  }
  if (source === null) {
    return fail([
      {
        file,
        line: 0,
        message: 'the file is not UTF-8 text',
        hint: 'save it as UTF-8 (in your editor: "Save with encoding" or "Encoding" › UTF-8)',
      },
    ]);
  }
  const text = normalizeSource(source);
  if (text.trim() === '') {
    return fail([
      {
        file,
        line: 0,
        message: 'the slide file is empty',
        hint: 'add front matter and slides, or delete the file',
      },
    ]);
  }
  const split = splitFrontMatter(file, text);
  if ('message' in split) return fail([split]);
  const { frontMatter, keyLines, diagnostics } = parseFrontMatter(file, split.yaml ?? '', split.yamlLine);
  if (!frontMatter) return fail(diagnostics);

  const env: ParseEnv = {
    file,
    lineOffset: split.bodyLine - 1,
    bibliography: context.bibliography,
    datasets: context.datasets,
    inspectPicture: context.inspectPicture,
    pictureFolders: context.pictureFolders,
    closestCitationKey: context.closestCitationKey,
    diagnostics: [],
    citedKeys: new Set(),
    slideLinks: [],
  };
  const id = frontMatter.id ?? (name[2] as string);
  const tokens = context.md.parse(split.body, env);
  const slides = splitSlides(tokens).map((slide, index) =>
    toSlide(slide, index === 0 ? id : `${id}-${index + 1}`, frontMatter, env),
  );
  const picture = frontMatter.image
    ? resolvePicture(frontMatter, keyLines.get('image') ?? split.yamlLine, env)
    : undefined;
  if (env.diagnostics.length > 0) return fail(env.diagnostics);

  const [first, ...rest] = slides;
  const withPicture = first && picture ? [{ ...first, picture }, ...rest] : slides;
  return {
    section: {
      file,
      id,
      order: Number(name[1]),
      frontMatter,
      layout: frontMatter.layout ?? 'default',
      slides: withPicture,
    },
    citedKeys: [...env.citedKeys],
    slideLinks: env.slideLinks,
    diagnostics: [],
  };
}

function toSlide(slide: SlideTokens, id: string, frontMatter: FrontMatter, env: ParseEnv): Slide {
  checkSlide(slide, env);
  const charts = onePerSlide(slide, 'chart', env).map((token) => (token.meta as DirectiveMeta).args);
  const [poll] = onePerSlide(slide, 'poll', env).map((token): Poll => {
    const { choice, options } = token.meta as PollMeta;
    return { id, choice, options };
  });
  return {
    id,
    line: slide.line + env.lineOffset + 1,
    title: headingText(slide.content) ?? frontMatter.title,
    content: slide.content,
    notes: slide.notes,
    stepCount: countFragments(slide.content) + charts.length * CHART_CLICKS,
    charts,
    ...(poll ? { poll } : {}),
  };
}

/**
 * The opening tokens of a directive a slide may hold once (a chart, a poll): a second one is reported,
 * as it would crowd the slide and share its steps.
 */
function onePerSlide(slide: SlideTokens, name: string, env: ParseEnv): Token[] {
  const tokens = slide.content.filter((token) => token.type === 'directive_open' && token.info === name);
  const second = tokens[1];
  if (second) {
    report(
      env,
      second.map?.[0] ?? slide.line,
      `a second "::: ${name}" on one slide`,
      `give each ${name} a slide of its own: start a new slide with a "---" line before it`,
    );
  }
  return tokens;
}

function checkSlide(slide: SlideTokens, env: ParseEnv): void {
  if (slide.content.length === 0) {
    report(env, slide.line, 'this slide is empty', 'remove the extra "---" or write the slide');
  }
  for (const line of slide.nestedNoteLines) {
    report(
      env,
      line,
      '"Note:" inside a block would show the speaker notes on the slide',
      'move "Note:" and the notes below the closing ":::" (or out of the list), at the end of the slide',
    );
  }
  const [, second] = slide.noteLines;
  if (second !== undefined) {
    report(
      env,
      second,
      'a second "Note:" on one slide',
      'keep one "Note:" per slide; everything after it is notes',
    );
  } else if (slide.noteLines.length === 1 && slide.notes.length === 0) {
    report(
      env,
      slide.noteLines[0] as number,
      '"Note:" has no notes after it',
      'write the speaker notes after "Note:", or remove it',
    );
  }
}

/** The first heading as the slide shows it: typographic quotes, no Markdown markers. */
function headingText(tokens: readonly Token[]): string | undefined {
  const index = tokens.findIndex((token) => token.type === 'heading_open');
  const children = index === -1 ? undefined : tokens[index + 1]?.children;
  return children
    ?.filter((child) => child.type === 'text' || child.type === 'code_inline')
    .map((child) => child.content)
    .join('');
}

function countFragments(tokens: readonly Token[]): number {
  return tokens.filter((token) =>
    String(token.attrGet('class') ?? '')
      .split(' ')
      .includes('fragment'),
  ).length;
}

function resolvePicture(frontMatter: FrontMatter, line: number, env: ParseEnv): SlidePicture | undefined {
  const resolved = resolveImage(env.file, frontMatter.image ?? '', env);
  if ('problem' in resolved) {
    env.diagnostics.push({
      file: env.file,
      line,
      message: `front-matter ${resolved.problem}`,
      hint: resolved.hint,
    });
    return undefined;
  }
  return { url: resolved.url, alt: frontMatter.alt ?? '' };
}
