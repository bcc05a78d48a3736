import { LIVE_PATHS } from '../../live/live-paths.ts';

/**
 * Points the follow-along slides at this server's audience address, the one phones in the room can
 * open, in place of the published one (which may need an internet the room does not have).
 */
export function showAudienceAddress(audienceUrl: string): void {
  for (const figure of document.querySelectorAll<HTMLElement>('.follow-along')) {
    const code = document.createElement('img');
    code.className = 'qr-code';
    code.src = LIVE_PATHS.audienceQr;
    code.alt = `QR code for ${audienceUrl}`;
    figure.querySelector('.qr-code')?.replaceWith(code);
    const link = figure.querySelector('figcaption a');
    if (link) {
      link.setAttribute('href', audienceUrl);
      link.textContent = audienceUrl.replace(/^https?:\/\//, '').replace(/\/$/, '');
    }
  }
}
