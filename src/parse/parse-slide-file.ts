import { posix } from 'node:path';
import type { MarkdownIt, Token } from 'markdown-it';
import type { GoalsDataset } from '../data/goals-dataset.ts';
import type { Reference } from '../data/reference.ts';
import type { Diagnostic, FrontMatter, Section, Slide } from '../deck/deck.ts';
import { escapeHtml } from '../render/escape-html.ts';
import type { DirectiveMeta } from './markdown/directive-plugin.ts';
import { CHART_STEP_COUNT } from './markdown/directives.ts';
import { resolveImage } from './markdown/image-plugin.ts';
import { type RenderEnv, report, type SlideLink } from './markdown/parse-env.ts';
import { parseFrontMatter } from './parse-front-matter.ts';
import { normalizeSource, splitFrontMatter } from './split-front-matter.ts';
import { type SlideTokens, splitSlides } from './split-slides.ts';

/** What rendering a file needs besides its text; `assetExists` keeps the parser free of I/O. */
export interface ParseContext {
  readonly md: MarkdownIt;
  readonly references: Readonly<Record<string, Reference>>;
  readonly datasets: Readonly<Record<string, GoalsDataset>>;
  readonly assetExists: (projectPath: string) => boolean;
  /** The published deck's address, for the follow-along QR code. */
  readonly siteUrl: string;
}

export interface ParsedFile {
  readonly section: Section | null;
  readonly citedKeys: readonly string[];
  /** Links to slides by id, which only the whole deck can check. */
  readonly slideLinks: readonly SlideLink[];
  readonly diagnostics: readonly Diagnostic[];
}

const FILE_NAME = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/**
 * Parses one slide file (`slides/NN-name.md`) into a section of slides with their notes rendered.
 * `source` is null when the file's bytes are not UTF-8 text. Never throws for an author mistake: it
 * returns diagnostics, and a section only when there are none.
 */
export function parseSlideFile(file: string, source: string | null, context: ParseContext): ParsedFile {
  const fail = (diagnostics: Diagnostic[]): ParsedFile => ({
    section: null,
    citedKeys: [],
    slideLinks: [],
    diagnostics,
  });
  const name = FILE_NAME.exec(posix.basename(file));
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

  const env: RenderEnv = {
    file,
    lineOffset: split.bodyLine - 1,
    bibliography: context.references,
    datasets: context.datasets,
    assetExists: context.assetExists,
    siteUrl: context.siteUrl,
    diagnostics: [],
    citedKeys: [],
    slideLinks: [],
  };
  const id = frontMatter.id ?? (name[2] as string);
  const tokens = context.md.parse(split.body, env);
  const slides = splitSlides(tokens).map((slide, index) =>
    renderSlide(slide, index === 0 ? id : `${id}-${index + 1}`, frontMatter, context.md, env),
  );
  const image = frontMatter.image
    ? renderFrontMatterImage(frontMatter, keyLines.image ?? split.yamlLine, env)
    : '';
  if (env.diagnostics.length > 0) return fail(env.diagnostics);

  const [first, ...rest] = slides;
  const withImage =
    first && image ? [{ ...first, html: first.html + image, hasImage: true }, ...rest] : slides;
  return {
    section: {
      file,
      id,
      order: Number(name[1]),
      frontMatter,
      layout: frontMatter.layout ?? 'default',
      slides: withImage,
    },
    citedKeys: env.citedKeys,
    slideLinks: env.slideLinks,
    diagnostics: [],
  };
}

function renderSlide(
  slide: SlideTokens,
  id: string,
  frontMatter: FrontMatter,
  md: MarkdownIt,
  env: RenderEnv,
): Slide {
  checkSlide(slide, env);
  const html = md.renderer.render(slide.content, md.options, env);
  const charts = slide.content
    .filter((token) => token.type === 'directive_open' && token.info === 'chart')
    .map((token) => (token.meta as unknown as DirectiveMeta).args);
  return {
    id,
    line: slide.line + env.lineOffset + 1,
    title: headingText(slide.content) ?? frontMatter.title,
    html,
    notesHtml: slide.notes.length > 0 ? md.renderer.render(slide.notes, md.options, env) : '',
    stepCount: countFragments(slide.content) + charts.length * CHART_STEP_COUNT,
    hasImage: false,
    charts,
  };
}

function checkSlide(slide: SlideTokens, env: RenderEnv): void {
  if (slide.content.length === 0) {
    report(env, slide.line, 'this slide is empty', 'remove the extra "---" or write the slide');
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

function renderFrontMatterImage(frontMatter: FrontMatter, line: number, env: RenderEnv): string {
  const resolved = resolveImage(env.file, frontMatter.image ?? '', env.assetExists);
  if ('problem' in resolved) {
    env.diagnostics.push({
      file: env.file,
      line,
      message: `front-matter ${resolved.problem}`,
      hint: resolved.hint,
    });
    return '';
  }
  return `<figure class="slide-image"><img src="${escapeHtml(resolved.url)}" alt="${escapeHtml(frontMatter.alt ?? '')}"></figure>\n`;
}
