import { describe, expect, it } from 'vitest';
import { FOLLOW_ALONG_UNSET, renderDirective } from '../../../src/render/render-directive.ts';
import { decodeQrSvg } from '../../support/decode-qr-code.ts';
import { deckContext } from '../../support/render-sources.ts';

const SET = { url: 'https://talks.example.net/humility/', configured: true };
const PLACEHOLDER = { url: 'https://example.org/leadership-and-coproduction/', configured: false };
const followAlong = (site: typeof SET) =>
  renderDirective('follow-along', '', { ...deckContext(), site }).open;

describe('the follow-along slide', () => {
  it('shows a QR code of the site’s address, and the address as a link, when the address is set', () => {
    const html = followAlong(SET);
    const svg = /<svg[\s\S]*<\/svg>/.exec(html)?.[0] ?? '';
    expect(decodeQrSvg(svg)).toBe(SET.url);
    expect(html).toContain(`<a href="${SET.url}">talks.example.net/humility/</a>`);
  });

  it('says plainly that the address is not set, with no QR code and no link, while it is the placeholder', () => {
    const html = followAlong(PLACEHOLDER);
    expect(html).not.toContain('<svg');
    expect(html).not.toContain(PLACEHOLDER.url);
    expect(html).toContain(FOLLOW_ALONG_UNSET);
    expect(html).toContain('SITE_URL');
  });
});
