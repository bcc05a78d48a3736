import './live.css';
import type { DeckControl } from '../../deck/deck-control.ts';
import { POLL_SELECTOR } from '../../deck/poll.ts';
import { LIVE_PATHS } from '../../live/live-paths.ts';
import type { Role, ServerMessage } from '../../live/messages.ts';
import type { Position } from '../../live/outline.ts';
import { showChannelStatus } from './channel-status.ts';
import { showAudienceAddress } from './follow-along.ts';
import { followSpeaker } from './follow-speaker.ts';
import { deviceId, takeRemoteKey } from './identity.ts';
import { openChannel } from './open-channel.ts';
import { createPollView, type PollView } from './poll-view.ts';
import { waitForDeck } from './wait-for-deck.ts';

/**
 * The live code of the deck page, which only the live server loads: the projector follows the remote
 * and tells it of its own keys and clicker; an audience page follows in the reading view and votes.
 */
async function startLiveDeck(): Promise<void> {
  const role = (document.querySelector<HTMLMetaElement>('meta[name="live-role"]')?.content ??
    'audience') as Role;
  const key = role === 'projector' ? takeRemoteKey() : undefined;
  const device = deviceId();
  void fetch(LIVE_PATHS.session)
    .then((response) => response.json() as Promise<{ audienceUrl: string }>)
    .then(({ audienceUrl }) => showAudienceAddress(audienceUrl));
  const control = await waitForDeck();
  const channel = openChannel(() => ({ type: 'hello', role, device, ...(key ? { key } : {}) }));
  showChannelStatus(channel, role);
  const polls = new Map<string, PollView>();
  for (const element of document.querySelectorAll<HTMLElement>(POLL_SELECTOR)) {
    const vote =
      role === 'audience'
        ? (choices: number[]) => channel.send({ type: 'vote', poll: element.dataset.poll ?? '', choices })
        : undefined;
    const view = createPollView(element, vote);
    polls.set(view.id, view);
  }
  const moveTo =
    role === 'audience' ? followSpeaker(control).moveTo : (position: Position) => show(control, position);
  if (role === 'projector')
    control.onMove((position, byPerson) => {
      if (byPerson) channel.send({ type: 'go', ...position });
    });
  channel.onMessage((message: ServerMessage) => {
    switch (message.type) {
      case 'welcome':
        moveTo(message.state.position);
        for (const results of message.state.polls) polls.get(results.id)?.showResults(results);
        for (const { poll, choices } of message.ballots) polls.get(poll)?.showBallot(choices);
        return;
      case 'position':
        return moveTo(message.position);
      case 'poll':
        return polls.get(message.poll.id)?.showResults(message.poll);
      case 'ballot':
        return polls.get(message.poll)?.showBallot(message.choices);
      case 'refused':
        for (const view of polls.values()) view.showRefusal(message.reason);
    }
  });
}

function show(control: DeckControl, position: Position): void {
  const now = control.position();
  if (now.slide !== position.slide || now.step !== position.step) control.goTo(position);
}

void startLiveDeck();
