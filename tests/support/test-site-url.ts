/**
 * A site address that is not the placeholder, as the Pages workflow sets one: the browser tests' build
 * uses it, so they see the follow-along QR code a real audience scans.
 */
export const TEST_SITE_URL = 'https://talks.example.net/humility/';
