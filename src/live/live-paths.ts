/** The live server's own addresses, besides the built site's files. One source for server and client. */
export const LIVE_PATHS = Object.freeze({
  /** The deck for the laptop on the projector (with `?key=`). */
  projector: '/projector',
  /** The speaker's phone (with `?key=`). */
  remote: '/remote',
  channel: '/live/channel',
  outline: '/live/outline.json',
  session: '/live/session.json',
  audienceQr: '/live/audience-qr.svg',
  /** Where the live client's built files are served from (its Vite `base`). */
  assetsPrefix: '/live/',
  /** The remote's page in the client's build folder. */
  remoteFile: 'live/remote.html',
});
