import { PNG } from 'pngjs';

/** A box on the page, in CSS pixels from the window's top left. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A decoded screenshot and how many of its pixels make one CSS pixel. */
export interface Picture {
  readonly png: PNG;
  readonly scale: number;
}

/** Decodes a screenshot of a window `cssWidth` CSS pixels wide. */
export function decodeScreenshot(bytes: Uint8Array, cssWidth: number): Picture {
  const png = PNG.sync.read(Buffer.from(bytes));
  return { png, scale: png.width / cssWidth };
}

/** Two pixels differ when their channels differ by more than this in all: anti-aliasing noise stays below. */
const DIFFERENT = 60;

/**
 * The share (0 to 1) of the pixels in `box` that differ between two screenshots of the same window:
 * what a person sees change there. A box outside the pictures counts as unchanged.
 */
export function changedShare(before: Picture, after: Picture, box: Box): number {
  const { png: a, scale } = before;
  const { png: b } = after;
  const left = Math.max(0, Math.floor(box.x * scale));
  const top = Math.max(0, Math.floor(box.y * scale));
  const right = Math.min(a.width, b.width, Math.ceil((box.x + box.width) * scale));
  const bottom = Math.min(a.height, b.height, Math.ceil((box.y + box.height) * scale));
  if (right <= left || bottom <= top) return 0;
  let changed = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const at = (y * a.width + x) * 4;
      const atB = (y * b.width + x) * 4;
      let difference = 0;
      for (let channel = 0; channel < 3; channel++) {
        difference += Math.abs((a.data[at + channel] ?? 0) - (b.data[atB + channel] ?? 0));
      }
      if (difference > DIFFERENT) changed++;
    }
  }
  return changed / ((right - left) * (bottom - top));
}

/** The share of the pixels in `box` unlike the box's most common colour: ink on its background. */
export function inkShare(picture: Picture, box: Box): number {
  const { png, scale } = picture;
  const left = Math.max(0, Math.floor(box.x * scale));
  const top = Math.max(0, Math.floor(box.y * scale));
  const right = Math.min(png.width, Math.ceil((box.x + box.width) * scale));
  const bottom = Math.min(png.height, Math.ceil((box.y + box.height) * scale));
  if (right <= left || bottom <= top) return 0;
  const counts = new Map<number, number>();
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const at = (y * png.width + x) * 4;
      const key = ((png.data[at] ?? 0) << 16) | ((png.data[at + 1] ?? 0) << 8) | (png.data[at + 2] ?? 0);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const background = Math.max(...counts.values());
  const total = (right - left) * (bottom - top);
  return (total - background) / total;
}

/**
 * Splits a line of text's box into `parts` side by side, so a check that each part changed finds a
 * line painted only part of the way (WebKit once stopped a bullet after one word).
 */
export function splitAcross(box: Box, parts: number): Box[] {
  const width = box.width / parts;
  return Array.from({ length: parts }, (_, index) => ({ ...box, x: box.x + index * width, width }));
}

/** Pixels within this summed channel distance of a colour are that colour: anti-aliased edges are not. */
const SAME_COLOUR = 40;

/** How many pixels in `box` are the colour `hex` (`#rrggbb`): how much of it a person sees drawn there. */
export function colourCount(picture: Picture, box: Box, hex: string): number {
  const { png, scale } = picture;
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  const left = Math.max(0, Math.floor(box.x * scale));
  const top = Math.max(0, Math.floor(box.y * scale));
  const right = Math.min(png.width, Math.ceil((box.x + box.width) * scale));
  const bottom = Math.min(png.height, Math.ceil((box.y + box.height) * scale));
  let count = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const at = (y * png.width + x) * 4;
      const distance =
        Math.abs((png.data[at] ?? 0) - (r ?? 0)) +
        Math.abs((png.data[at + 1] ?? 0) - (g ?? 0)) +
        Math.abs((png.data[at + 2] ?? 0) - (b ?? 0));
      if (distance < SAME_COLOUR) count++;
    }
  }
  return count / (scale * scale);
}
