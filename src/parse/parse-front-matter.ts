import { isMap, isScalar, LineCounter, parseDocument, type Scalar } from 'yaml';
import { type Diagnostic, type FrontMatter, LAYOUTS, TRANSITIONS } from '../deck/deck.ts';

type Check = (value: unknown) => string | null;

export interface ParsedFrontMatter {
  readonly frontMatter: FrontMatter | null;
  /** File line of each key, so later checks (a missing image) can point at it. */
  readonly keyLines: ReadonlyMap<string, number>;
  readonly diagnostics: Diagnostic[];
}

const oneOf =
  (allowed: readonly string[]): Check =>
  (value) =>
    typeof value === 'string' && allowed.includes(value) ? null : `must be one of: ${allowed.join(', ')}`;

const text: Check = (value) =>
  typeof value === 'string' && value.trim() !== '' ? null : 'must be a non-empty text';

/** The front-matter schema: every key an author may use, and what its value must be. */
const SCHEMA_CHECKS: Record<keyof FrontMatter, Check> = {
  title: text,
  id: (value) =>
    typeof value === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)
      ? null
      : 'must be lower-case letters and digits joined by "-" (e.g. "wear-other-peoples-shoes")',
  principle: (value) =>
    Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 9
      ? null
      : 'must be a whole number from 1 to 9',
  layout: oneOf(LAYOUTS),
  image: text,
  alt: text,
  background: (value) =>
    typeof value === 'string' && /^(#[0-9a-fA-F]{3,8}|[a-z]+|(rgb|hsl)a?\([\d\s.,%]+\))$/.test(value)
      ? null
      : 'must be a CSS colour such as "#1d3557" or "white"',
  transition: oneOf(TRANSITIONS),
};

/** By key, as a Map: a key an author writes (`constructor`, `__proto__`) never meets a prototype. */
const SCHEMA: ReadonlyMap<string, Check> = new Map(Object.entries(SCHEMA_CHECKS));

const KEYS = [...SCHEMA.keys()];

/**
 * Parses and validates front matter YAML. `firstLine` is the file line the YAML starts on, so every
 * diagnostic points at the author's line. Returns the front matter, or null with diagnostics.
 */
export function parseFrontMatter(file: string, yaml: string, firstLine: number): ParsedFrontMatter {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => firstLine + lineCounter.linePos(offset ?? 0).line - 1;
  const diagnostics: Diagnostic[] = document.errors.map((error) => ({
    file,
    line: lineAt(error.pos[0]),
    // yaml's own "at line N" counts from the front matter, not the file: drop it.
    message: `front matter is not valid YAML: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
    hint: 'write one "key: value" per line; put text with ":" or "#" in quotes',
  }));
  const keyLines = new Map<string, number>();
  if (diagnostics.length > 0) return { frontMatter: null, keyLines, diagnostics };

  const contents = document.contents;
  if (!isMap(contents)) {
    return {
      frontMatter: null,
      keyLines,
      diagnostics: [
        { file, line: firstLine - 1, message: 'front matter is empty', hint: 'add "title: ..."' },
      ],
    };
  }

  const values = new Map<string, unknown>();
  const invalidKeys = new Set<string>();
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineAt((pair.key as Scalar | null)?.range?.[0]);
    keyLines.set(key, line);
    const check = SCHEMA.get(key);
    if (!check) {
      diagnostics.push({
        file,
        line,
        message: `unknown front-matter key "${key}"`,
        hint: `use one of: ${KEYS.join(', ')}`,
      });
      continue;
    }
    const value = isScalar(pair.value) ? pair.value.value : pair.value?.toJSON();
    const problem = check(value);
    if (problem) {
      invalidKeys.add(key);
      diagnostics.push({ file, line, message: describeInvalid(key, value), hint: `"${key}" ${problem}` });
    } else values.set(key, typeof value === 'string' ? value.trim() : value);
  }

  if (!values.has('title') && !invalidKeys.has('title')) {
    diagnostics.push({
      file,
      line: firstLine - 1,
      message: 'front matter has no "title"',
      hint: 'add a line "title: ..." naming this section of the talk',
    });
  }
  if (values.has('image') && !values.has('alt')) {
    diagnostics.push({
      file,
      line: keyLines.get('image') ?? firstLine,
      message: 'front-matter "image" has no "alt" text',
      hint: 'add "alt: ..." saying what the picture shows, for readers who cannot see it',
    });
  }
  return diagnostics.length > 0
    ? { frontMatter: null, keyLines, diagnostics }
    : {
        frontMatter: Object.freeze(Object.fromEntries(values)) as unknown as FrontMatter,
        keyLines,
        diagnostics,
      };
}

/** Says which value of which key is wrong, as the author wrote it (shortened). */
function describeInvalid(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return `front-matter "${key}" has no value`;
  const written = typeof value === 'string' ? value : toJson(value);
  const shown = written.length > 40 ? `${written.slice(0, 39)}…` : written;
  return `front-matter "${key}" cannot be ${JSON.stringify(shown)}`;
}

function toJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // A YAML alias can make a structure that refers to itself.
    return typeof value;
  }
}
