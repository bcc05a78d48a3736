import jsQR from 'jsqr';

/** Rasterises the QR code's SVG (a path of axis-aligned runs) into RGBA pixels, `scale` pixels a module. */
export function rasteriseQrSvg(svg: string, scale: number): { data: Uint8ClampedArray; width: number } {
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

/** What a phone's camera would read from the QR code's SVG; undefined when it reads nothing. */
export function decodeQrSvg(svg: string): string | undefined {
  const { data, width } = rasteriseQrSvg(svg, 6);
  return jsQR(data, width, width)?.data;
}
