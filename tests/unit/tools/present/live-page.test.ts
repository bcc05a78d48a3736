import { describe, expect, it } from 'vitest';
import { allowChannel, makeLivePage } from '../../../../src/tools/present/live-page.ts';

const PAGE =
  "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; connect-src 'self'; object-src 'none'\" />" +
  '<script type="module" src="./assets/index.js"></script></head><body></body></html>';

describe('the deck page as the live server sends it', () => {
  it("lets the page connect to its own server's channel and nowhere else", () => {
    const html = makeLivePage(PAGE, 'audience', 'ws://192.168.1.20:8080', { scripts: [], styles: [] });
    expect(html).toContain(
      "content=\"default-src 'self'; object-src 'none'; connect-src 'self' ws://192.168.1.20:8080\"",
    );
    expect(html.match(/connect-src/g)).toHaveLength(1);
  });

  it("loads the live code for its role after the deck's own", () => {
    const html = makeLivePage(PAGE, 'projector', 'ws://127.0.0.1:8080', {
      scripts: ['/live/assets/deck.js'],
      styles: ['/live/assets/deck.css'],
    });
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<meta name="live-role" content="projector">');
    expect(head.indexOf('./assets/index.js')).toBeLessThan(head.indexOf('/live/assets/deck.js'));
    expect(head).toContain('<link rel="stylesheet" href="/live/assets/deck.css">');
  });

  it('fails, saying what to do, for a page without a policy', () => {
    expect(() =>
      makeLivePage('<html><head></head></html>', 'audience', 'ws://a', { scripts: [], styles: [] }),
    ).toThrow(/rebuild it/);
  });

  it('adds a connect-src to a policy that had none', () => {
    expect(allowChannel("default-src 'self'", 'ws://a:1')).toBe(
      "default-src 'self'; connect-src 'self' ws://a:1",
    );
  });
});
