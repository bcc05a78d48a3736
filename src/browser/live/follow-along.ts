import { LIVE_PATHS } from '../../live/live-paths.ts';

/**
 * Points the follow-along slides at this server's audience address, the one phones in the room can
 * open, in place of the published one (which may need an internet the room does not have), or of the
 * notice a build without a site address shows there: served live, the room always has an address.
 */
export function showAudienceAddress(audienceUrl: string): void {
  for (const figure of document.querySelectorAll<HTMLElement>('.follow-along')) {
    const code = document.createElement('img');
    code.className = 'qr-code';
    code.src = LIVE_PATHS.audienceQr;
    code.alt = `QR code for ${audienceUrl}`;
    const link = document.createElement('a');
    link.href = audienceUrl;
    link.textContent = audienceUrl.replace(/^https?:\/\//, '').replace(/\/$/, '');
    const caption = document.createElement('figcaption');
    caption.append(link);
    figure.classList.remove('follow-along-unset');
    figure.replaceChildren(code, caption);
  }
}
