import './remote.css';
import { LIVE_PATHS } from '../../live/live-paths.ts';
import type { PollResults, ServerMessage } from '../../live/messages.ts';
import { type LiveOutline, type Position, slideIndex } from '../../live/outline.ts';
import { deviceId, takeRemoteKey } from './identity.ts';
import { openChannel } from './open-channel.ts';
import { describePace, formatElapsed } from './pace.ts';

/**
 * The speaker's phone: big Next and Previous, where the talk is and what comes next, the notes, the time
 * and the pace, and the controls of the poll on the current slide.
 */
async function startRemote(): Promise<void> {
  const key = takeRemoteKey();
  const outline = (await (await fetch(LIVE_PATHS.outline)).json()) as LiveOutline;
  const get = (id: string) => {
    const element = document.getElementById(id);
    if (!element) throw new Error(`The remote page has no #${id}.`);
    return element;
  };
  const status = get('remote-status');
  if (!key) {
    status.textContent = 'This page needs the remote address with its key, as `npm run present` printed it.';
    return;
  }
  const channel = openChannel(() => ({ type: 'hello', role: 'remote', device: deviceId(), key }));
  let position: Position = { slide: outline.slides[0]?.id ?? '', step: 0 };
  let startedAt: number | null = null;
  let clockOffset = 0;
  const polls = new Map<string, PollResults>();

  const render = () => {
    const index = slideIndex(outline, position.slide);
    const slide = outline.slides[index];
    get('current-title').textContent = slide ? `${index + 1}. ${slide.title}` : '…';
    get('current-step').textContent = slide?.steps ? `step ${position.step} of ${slide.steps}` : 'no steps';
    const next = outline.slides[index + 1];
    get('next-title').textContent = next ? next.title : 'the end of the talk';
    const notes = get('notes');
    notes.replaceChildren(
      ...(slide?.notes.length ? slide.notes : ['No notes for this slide.']).map((text) => {
        const paragraph = document.createElement('p');
        paragraph.textContent = text;
        return paragraph;
      }),
    );
    (get('previous') as HTMLButtonElement).disabled = index <= 0 && position.step === 0;
    (get('next') as HTMLButtonElement).disabled = !next && position.step >= (slide?.steps ?? 0);
    renderPoll(slide?.poll ? polls.get(slide.poll.id) : undefined);
    renderClock();
  };
  const renderPoll = (poll: PollResults | undefined) => {
    const section = get('poll-controls');
    section.hidden = !poll;
    if (!poll) return;
    get('poll-summary').textContent =
      `${poll.voters} answered, ${poll.status === 'open' ? 'open' : 'closed'}, ` +
      `results ${poll.visible ? 'shown' : 'hidden'} on the screen.`;
    get('poll-open-close').textContent = poll.status === 'open' ? 'Close the poll' : 'Open the poll';
    get('poll-show-hide').textContent = poll.visible ? 'Hide the results' : 'Show the results';
  };
  const renderClock = () => {
    const elapsed = startedAt === null ? 0 : Date.now() + clockOffset - startedAt;
    get('elapsed').textContent = formatElapsed(elapsed);
    const index = slideIndex(outline, position.slide);
    get('pace').textContent =
      startedAt === null
        ? 'not started'
        : describePace(elapsed, index, outline.slides.length, outline.plannedMinutes);
  };
  setInterval(renderClock, 1000);

  const pollAction = (action: 'open' | 'close' | 'reset' | 'show' | 'hide') => {
    const poll = outline.slides[slideIndex(outline, position.slide)]?.poll;
    if (poll) channel.send({ type: 'poll', poll: poll.id, action });
  };
  get('next').addEventListener('click', () => channel.send({ type: 'step', by: 1 }));
  get('previous').addEventListener('click', () => channel.send({ type: 'step', by: -1 }));
  get('poll-open-close').addEventListener('click', () => {
    const poll = polls.get(position.slide);
    pollAction(poll?.status === 'closed' ? 'open' : 'close');
  });
  get('poll-show-hide').addEventListener('click', () =>
    pollAction(polls.get(position.slide)?.visible === false ? 'show' : 'hide'),
  );
  get('poll-reset').addEventListener('click', () => {
    if (window.confirm('Reset the poll? Every answer given so far is cleared.')) pollAction('reset');
  });

  channel.onStatus((state) => {
    status.textContent = {
      connecting: 'Connecting…',
      live: 'Live',
      offline: 'Connection lost: trying again…',
      refused: 'Refused: open the remote address `npm run present` printed.',
    }[state];
    status.dataset.status = state;
  });
  channel.onMessage((message: ServerMessage) => {
    if (message.type === 'welcome') {
      position = message.state.position;
      startedAt = message.state.startedAt;
      clockOffset = message.serverTime - Date.now();
      for (const poll of message.state.polls) polls.set(poll.id, poll);
    } else if (message.type === 'position') {
      position = message.position;
      startedAt = message.startedAt;
      clockOffset = message.serverTime - Date.now();
    } else if (message.type === 'poll') polls.set(message.poll.id, message.poll);
    else return;
    render();
  });
  render();
}

void startRemote();
