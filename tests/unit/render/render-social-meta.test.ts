// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { talk } from '../../../src/data/talk.ts';
import { renderSocialMeta } from '../../../src/render/render-social-meta.ts';

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<head>${html}</head>`, 'text/html');
}

const content = (document: Document, selector: string) =>
  document.querySelector(selector)?.getAttribute('content');

describe('the link-preview tags', () => {
  it('describe the talk with its title, description and a 1200 × 630 card', () => {
    const head = parse(
      renderSocialMeta(talk, { url: 'https://talks.example.net/humility/', configured: true }),
    );
    expect(content(head, 'meta[property="og:title"]')).toBe(talk.title);
    expect(content(head, 'meta[property="og:description"]')).toBe(talk.description);
    expect(content(head, 'meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(content(head, 'meta[property="og:image:width"]')).toBe('1200');
    expect(content(head, 'meta[property="og:image:height"]')).toBe('630');
    expect(content(head, 'meta[property="og:locale"]')).toBe('en_GB');
  });

  it('give an absolute card URL and a canonical link when the site address is configured', () => {
    const head = parse(
      renderSocialMeta(talk, { url: 'https://talks.example.net/humility/', configured: true }),
    );
    expect(content(head, 'meta[property="og:image"]')).toBe(
      'https://talks.example.net/humility/social-card.png',
    );
    expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://talks.example.net/humility/',
    );
  });

  it('claim no canonical address while the site address is the placeholder', () => {
    const head = parse(
      renderSocialMeta(talk, { url: 'https://example.org/leadership-and-coproduction/', configured: false }),
    );
    expect(head.querySelector('link[rel="canonical"]')).toBeNull();
    expect(head.querySelector('meta[property="og:url"]')).toBeNull();
    expect(content(head, 'meta[property="og:image"]')).toBe('social-card.png');
  });
});
