import { datasets as defaultDatasets } from '../data/datasets.ts';
import { bibliography as defaultBibliography } from '../data/references.ts';
import type { Bibliography, Datasets, Diagnostic, LoadResult, Section, Slide } from '../deck/deck.ts';
import { REFERENCES_SLIDE_ID } from '../deck/dom-contract.ts';
import { sortDiagnostics } from '../deck/format-diagnostic.ts';
import { ASSETS_DIR, type InspectPicture } from '../deck/picture-file.ts';
import { createClosestName } from './closest-name.ts';
import { createMarkdownParser } from './markdown/create-markdown-parser.ts';
import { type ParseContext, type ParsedFile, parseSlideFile } from './parse-slide-file.ts';

export interface SlideSource {
  /** Path relative to the project root, `slides/NN-name.md`. */
  readonly file: string;
  /** The file's text; null when its bytes are not UTF-8 text (reported as a mistake). */
  readonly source: string | null;
}

export interface LoadOptions {
  readonly inspectPicture: InspectPicture;
  /** The works slides may cite. Default: src/data/references.ts. */
  readonly bibliography?: Bibliography;
  /** The datasets slides may chart. Default: src/data/datasets.ts. */
  readonly datasets?: Datasets;
  /** Where the slides live (default `slides`): a picture folder, and named when there are none. */
  readonly slidesDir?: string;
}

const md = createMarkdownParser();

/**
 * Loads the whole deck from its slide files, in file-name order. Returns the deck, or every diagnostic
 * of every file (sorted by file and line) so an author can fix them all in one pass.
 */
export function loadDeck(files: readonly SlideSource[], options: LoadOptions): LoadResult {
  const bibliography = options.bibliography ?? defaultBibliography;
  const context: ParseContext = {
    md,
    bibliography,
    closestCitationKey: createClosestName([...bibliography.keys()]),
    datasets: options.datasets ?? defaultDatasets,
    inspectPicture: options.inspectPicture,
    pictureFolders: [ASSETS_DIR, options.slidesDir ?? 'slides'],
  };
  if (files.length === 0) {
    const dir = options.slidesDir ?? 'slides';
    return {
      ok: false,
      diagnostics: [
        {
          file: dir,
          line: 0,
          message: 'no slide files found',
          hint: `add Markdown files such as ${dir}/01-title.md`,
        },
      ],
    };
  }
  const slidesDir = options.slidesDir ?? 'slides';
  const nested = files.filter(({ file }) => !isDirectlyIn(file, slidesDir));
  const nestedDiagnostics: Diagnostic[] = nested.map(({ file }) => ({
    file,
    line: 0,
    message: `a slide file in a sub-folder of ${slidesDir}/ is not part of the talk`,
    hint: `move it into ${slidesDir}/ itself (its number sets its place), or out of ${slidesDir}/`,
  }));
  const sorted = files
    .filter((source) => !nested.includes(source))
    .sort((a, b) => a.file.localeCompare(b.file));
  const parsed = sorted.map(({ file, source }) => parseSlideFile(file, source, context));
  const sections = parsed.flatMap((result) => (result.section ? [result.section] : []));
  const citedKeys = [...new Set(parsed.flatMap((result) => result.citedKeys))];
  const diagnostics = [
    ...nestedDiagnostics,
    ...parsed.flatMap((result) => result.diagnostics),
    ...checkOrderNumbers(sections),
    ...checkSlideIds(sections),
    // A file that failed has no slides yet: checked against a partial deck, these would only add noise.
    ...(sections.length === parsed.length
      ? [...checkReferencesSlide(sections, citedKeys), ...checkSlideLinks(parsed, sections)]
      : []),
  ];
  if (diagnostics.length > 0) return { ok: false, diagnostics: sortDiagnostics(diagnostics) };
  return { ok: true, deck: { sections, citedKeys }, diagnostics: [] };
}

function checkOrderNumbers(sections: readonly Section[]): Diagnostic[] {
  return sections.flatMap((section, index) => {
    const earlier = sections.slice(0, index).find((other) => other.order === section.order);
    return earlier
      ? [
          {
            file: section.file,
            line: 0,
            message: `order number ${section.order} is also used by ${earlier.file}`,
            hint: 'give each file its own number, so the order of the talk is unambiguous',
          },
        ]
      : [];
  });
}

function checkSlideIds(sections: readonly Section[]): Diagnostic[] {
  const seen = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const section of sections) {
    for (const slide of section.slides) {
      const earlier = seen.get(slide.id);
      if (earlier) {
        diagnostics.push({
          file: section.file,
          line: slide.line,
          message: `duplicate slide id "${slide.id}" (also ${earlier})`,
          hint: 'set a different "id:" in the front matter; ids make the deep links',
        });
      } else {
        seen.set(slide.id, `${section.file}:${slide.line}`);
      }
    }
  }
  return diagnostics;
}

function checkReferencesSlide(sections: readonly Section[], citedKeys: readonly string[]): Diagnostic[] {
  const listsReferences = (slide: Slide) =>
    slide.content.some((token) => token.type === 'directive_open' && token.info === 'references');
  const [listing] = sections.flatMap((section) =>
    section.slides.filter(listsReferences).map((slide) => ({ section, slide })),
  );
  const hasReferences = sections.some((section) =>
    section.slides.some((slide) => slide.id === REFERENCES_SLIDE_ID),
  );
  if (listing && citedKeys.length === 0) {
    return [
      {
        file: listing.section.file,
        line: listing.slide.line,
        message: 'the references slide would be empty: the deck cites no work',
        hint: 'cite a work on a slide with [@key] (keys are in src/data/references.ts), or remove this slide',
      },
    ];
  }
  const first = sections[0];
  if (citedKeys.length === 0 || hasReferences || !first) return [];
  return [
    {
      file: first.file,
      line: 0,
      message: `the deck cites @${citedKeys[0]} but has no slide with id "${REFERENCES_SLIDE_ID}"`,
      hint: `add a slide file with "id: ${REFERENCES_SLIDE_ID}" holding a "::: references" directive`,
    },
  ];
}

/** Every `#/id` link must name a slide of the deck, or it would leave the reader on the first slide. */
function checkSlideLinks(parsed: readonly ParsedFile[], sections: readonly Section[]): Diagnostic[] {
  const ids = sections.flatMap((section) => section.slides.map((slide) => slide.id));
  const known = new Set(ids);
  const closest = createClosestName(ids);
  return parsed.flatMap(({ slideLinks }) =>
    slideLinks
      .filter((link) => !known.has(link.id))
      .map((link) => ({
        file: link.file,
        line: link.line,
        message: `link "#/${link.id}" names no slide`,
        hint: `use a slide's id, such as "#/${closest(link.id)}": its file's name without the number, or its "id:"`,
      })),
  );
}

function isDirectlyIn(file: string, dir: string): boolean {
  return file.startsWith(`${dir}/`) && !file.slice(dir.length + 1).includes('/');
}
