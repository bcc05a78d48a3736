import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { renderQrCode } from '../../../src/render/render-qr-code.ts';

/** Rasterises the SVG's path (axis-aligned rectangles only) into RGBA pixels, `scale` pixels a module. */
function rasterise(svg: string, scale: number): { data: Uint8ClampedArray; width: number } {
  const total = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const width = total * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  const path = /<path[^>]* d="([^"]+)"/.exec(svg)?.[1] ?? '';
  for (const [, x, y, length] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < Number(length) * scale; dx++) {
        const offset = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        data.fill(0, offset, offset + 3);
      }
    }
  }
  return { data, width };
}

describe('the follow-along QR code', () => {
  it('decodes to the URL it was made from', () => {
    const url = 'https://example.org/leadership-and-coproduction/';
    const { data, width } = rasterise(renderQrCode(url), 6);
    expect(jsQR(data, width, width)?.data).toBe(url);
  });

  it('names its URL for screen readers', () => {
    expect(renderQrCode('https://example.org/a?b=1&c=2')).toContain(
      'aria-label="QR code for https://example.org/a?b=1&#38;c=2"',
    );
  });
});
