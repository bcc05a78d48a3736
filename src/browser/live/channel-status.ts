import { CLOSE } from '../../live/close-codes.ts';
import type { Role } from '../../live/messages.ts';
import type { Channel, ChannelStatus } from './open-channel.ts';

const WORDS: Readonly<Record<ChannelStatus, string>> = {
  connecting: 'Connecting to the talk…',
  live: 'Live',
  offline: 'Connection lost: trying again…',
  refused: 'Not connected',
};

/**
 * A small status line: nothing while live, what is happening otherwise, and what to do when the server
 * will not have this page (a projector opened without its key).
 */
export function showChannelStatus(channel: Channel, role: Role): HTMLElement {
  const line = document.createElement('p');
  line.className = 'live-status';
  line.setAttribute('role', 'status');
  document.body.append(line);
  channel.onStatus((status, code) => {
    line.dataset.status = status;
    line.hidden = status === 'live';
    line.textContent =
      status === 'refused' && code === CLOSE.unauthorised.code
        ? `This ${role} page needs the address with its key that \`npm run present\` printed.`
        : WORDS[status];
  });
  return line;
}
