import { describe, expect, it } from 'vitest';
import { renderQrCode } from '../../../src/render/render-qr-code.ts';
import { decodeQrSvg } from '../../support/decode-qr-code.ts';

describe('the follow-along QR code', () => {
  it('decodes to the URL it was made from', () => {
    const url = 'https://example.org/leadership-and-coproduction/';
    expect(decodeQrSvg(renderQrCode(url))).toBe(url);
  });

  it('names its URL for screen readers', () => {
    expect(renderQrCode('https://example.org/a?b=1&c=2')).toContain(
      'aria-label="QR code for https://example.org/a?b=1&#38;c=2"',
    );
  });
});
