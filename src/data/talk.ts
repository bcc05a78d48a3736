/** The talk itself: who gives it, what it is called, and how long it is planned to take. */
export const talk = Object.freeze({
  title: 'Leadership and Coproduction: An exercise in humility',
  speaker: 'Dr Sian Rees',
  organisation: 'Oxford Academic Health Science Network',
  description:
    'Dr Sian Rees (Oxford Academic Health Science Network) on leading with patients and the public: ' +
    'five principles of humble, coproduced leadership.',
  language: 'en-GB',
  /** Planned length of the talk: the speaker view paces against it. */
  plannedMinutes: 40,
});

/**
 * Where the deck is published: the follow-along QR code and the canonical link point here. Replace it with
 * the real address, or set SITE_URL when building. Apart from `talk`, so the page's bundle never carries it.
 */
export const siteUrl = 'https://example.org/leadership-and-coproduction/';
