import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { PICTURE_OK } from '../../../src/deck/picture-file.ts';
import { loadDeck } from '../../../src/parse/load-deck.ts';
import { createPictureInspector } from '../../../src/site/inspect-picture.ts';

// Fixed seeds: the same thousands of inputs on every machine.
const SEED = 20_261_202;

/** Names an author could write that are members of every object's prototype. */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).concat(['__proto__', 'prototype']);
const hostileName = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.stringMatching(/^[a-z_][\w-]{0,12}$/));

/** A one-file deck in which author text names things: keys, directives, datasets, citations, links. */
const hostileFile = fc
  .record({
    key: hostileName,
    directive: hostileName,
    dataset: hostileName,
    cite: hostileName,
    link: hostileName,
  })
  .map(
    ({ key, directive, dataset, cite, link }) =>
      `---\ntitle: A\n${key}: x\nlayout: ${link}\n---\n\n## A [@${cite}]\n\n::: ${directive}\n:::\n\n` +
      `::: chart ${dataset}\n:::\n\n[a link](#/${link})\n`,
  );

function load(source: string) {
  return loadDeck([{ file: 'slides/01-a.md', source }], { inspectPicture: () => PICTURE_OK });
}

describe('author text that names things', () => {
  it('never reaches a prototype: no throw, and every mistake has a file, a line and plain words', () => {
    fc.assert(
      fc.property(hostileFile, (source) => {
        const result = load(source);
        for (const diagnostic of result.ok ? [] : result.diagnostics) {
          expect(diagnostic.file).toBe('slides/01-a.md');
          expect(diagnostic.line).toBeGreaterThan(0);
          expect(diagnostic.message).not.toMatch(/\[object |undefined|function /);
        }
        expect({}.constructor).toBe(Object);
        expect(Object.prototype).not.toHaveProperty('x');
      }),
      { seed: SEED, numRuns: 3_000 },
    );
  });
});

describe('huge counts of mistakes', () => {
  it('are each reported once, in a deck of tens of thousands of them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 20_000 }),
        fc.constantFrom('[@nope%]', '[x](#/nope-%)', '[@ %]'),
        (count, unit) => {
          const body = Array.from({ length: count }, (_, index) => unit.replace('%', String(index))).join(
            ' ',
          );
          const result = load(`---\ntitle: A\n---\n\n## A\n\n${body}\n`);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.diagnostics).toHaveLength(count);
        },
      ),
      { seed: SEED, numRuns: 12 },
    );
  }, 120_000);
});

const scratch = mkdtempSync(join(tmpdir(), 'hostile-pictures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** SVG parts, each either harmless or one that could act on the site. */
const SVG_PARTS = [
  { text: '<circle r="4" fill="url(#g)"/>', hazard: false },
  { text: '<use href="#shape"/>', hazard: false },
  { text: '<title>A lamp</title>', hazard: false },
  { text: '<script>alert(1)</script>', hazard: true },
  { text: '<rect onclick="alert(1)"/>', hazard: true },
  { text: '<image href="https://example.com/x.png"/>', hazard: true },
  { text: '<a xlink:href="javascript:alert(1)"><text>x</text></a>', hazard: true },
  { text: '<foreignObject><div>html</div></foreignObject>', hazard: true },
  { text: '<style>@import url(https://example.com/x.css);</style>', hazard: true },
  { text: '<set attributeName="href" to="javascript:alert(1)"/>', hazard: true },
] as const;

describe('pictures as files', () => {
  it('refuse any bytes that are not the picture their extension names, and never throw', () => {
    let index = 0;
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.constantFrom('.png', '.jpg', '.gif', '.webp', '.avif', '.svg'),
        (bytes, extension) => {
          index += 1;
          const dir = join(scratch, `bytes-${index}`, 'assets');
          mkdirSync(dir, { recursive: true });
          writeFileSync(join(dir, `p${extension}`), bytes);
          const verdict = createPictureInspector(join(dir, '..'), ['assets'])(`assets/p${extension}`);
          // Random bytes almost never start like a picture; when they do, the verdict must still be one of these.
          expect(['wrong-bytes', 'ok', 'unsafe']).toContain(verdict.kind);
          if (bytes.length < 3) expect(verdict.kind).toBe('wrong-bytes');
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('refuse an SVG exactly when it holds a part that could run or reach out', () => {
    let index = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SVG_PARTS), { maxLength: 5 }), (parts) => {
        index += 1;
        const dir = join(scratch, `svg-${index}`, 'assets');
        mkdirSync(dir, { recursive: true });
        const svg = `<svg xmlns="http://www.w3.org/2000/svg">${parts.map((part) => part.text).join('')}</svg>`;
        writeFileSync(join(dir, 'p.svg'), svg);
        const verdict = createPictureInspector(join(dir, '..'), ['assets'])('assets/p.svg');
        expect(verdict.kind).toBe(parts.some((part) => part.hazard) ? 'unsafe' : 'ok');
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('refuse a link that leads out of the picture folders, however it is named', () => {
    let index = 0;
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), (name) => {
        index += 1;
        const root = join(scratch, `link-${index}`);
        mkdirSync(join(root, 'assets'), { recursive: true });
        writeFileSync(join(root, 'secret.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
        symlinkSync('../secret.svg', join(root, 'assets', `${name}.svg`));
        const verdict = createPictureInspector(root, ['assets'])(`assets/${name}.svg`);
        expect(verdict).toEqual({ kind: 'outside', target: 'secret.svg' });
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
