import { create } from 'qrcode';
import { escapeHtml } from './escape-html.ts';

/** Modules of light border the QR specification asks for, so phones find the code's edges. */
const QUIET_ZONE = 4;

/**
 * Renders a URL as a QR code in inline SVG: one path of dark modules on a white square, crisp at any
 * size and in print, needing no network, script or image file. Throws if the text is too long to encode.
 */
export function renderQrCode(url: string): string {
  const { modules } = create(url, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const total = size + 2 * QUIET_ZONE;
  const runs: string[] = [];
  for (let row = 0; row < size; row++) {
    let start = -1;
    for (let column = 0; column <= size; column++) {
      const dark = column < size && modules.get(row, column) === 1;
      if (dark && start === -1) start = column;
      if (!dark && start !== -1) {
        runs.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${column - start}v1h-${column - start}z`);
        start = -1;
      }
    }
  }
  return (
    `<svg class="qr-code" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" ` +
    `role="img" aria-label="QR code for ${escapeHtml(url)}" shape-rendering="crispEdges">` +
    `<rect width="${total}" height="${total}" fill="#fff"/><path fill="#000" d="${runs.join('')}"/></svg>`
  );
}
