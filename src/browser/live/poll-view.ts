import { POLL_OPTION_ATTRIBUTE } from '../../deck/poll.ts';
import type { PollResults } from '../../live/messages.ts';

/** A poll on the page: its counts as bars on each option, a table for assistive technology, a ballot. */
export interface PollView {
  readonly id: string;
  showResults(results: PollResults): void;
  /** Shows the ballot this device has in (none: nothing ticked). */
  showBallot(choices: readonly number[]): void;
  showRefusal(reason: string): void;
}

/**
 * Turns a rendered `::: poll` into a live one. Every page shows the counts growing on each option (the
 * projector's bar chart) with a table of the same counts for screen readers; an audience page also gets
 * a ballot, whose labels are the slide's own option texts: nothing any voter writes reaches a page.
 */
export function createPollView(element: HTMLElement, vote?: (choices: number[]) => boolean): PollView {
  const id = element.dataset.poll ?? '';
  const many = element.dataset.pollChoice === 'many';
  const items = [...element.querySelectorAll<HTMLElement>(`li[${POLL_OPTION_ATTRIBUTE}]`)];
  const options = items.map((item) => item.textContent?.trim() ?? '');
  const bars = items.map((item) => {
    const result = make('span', 'poll-result');
    result.setAttribute('aria-hidden', 'true');
    const bar = make('span', 'poll-bar');
    const count = make('span', 'poll-count', '0');
    result.append(bar, count);
    item.append(result);
    return { bar, count };
  });
  const status = make('p', 'poll-status');
  status.setAttribute('aria-live', 'polite');
  const table = createTable(options);
  element.append(status, table.element);
  element.classList.add('poll-live');
  const ballot = vote ? createBallot(id, options, many, vote) : undefined;
  if (ballot) element.append(ballot.element);

  return {
    id,
    showResults(results) {
      element.classList.toggle('poll-shown', results.visible);
      element.classList.toggle('poll-closed', results.status === 'closed');
      const most = Math.max(1, ...results.counts);
      results.counts.forEach((count, index) => {
        const shown = bars[index];
        if (!shown) return;
        shown.count.textContent = String(count);
        shown.bar.style.setProperty('--share', String(count / most));
      });
      table.show(results.counts);
      const people = `${results.voters} ${results.voters === 1 ? 'person has' : 'people have'} answered`;
      status.textContent = results.status === 'closed' ? `The poll is closed: ${people}.` : `${people}.`;
      ballot?.setOpen(results.status === 'open');
    },
    showBallot: (choices) => ballot?.show(choices),
    showRefusal: (reason) => ballot?.say(`Not counted: ${reason}.`),
  };
}

function createTable(options: readonly string[]) {
  const element = make('table', 'poll-table');
  element.createCaption().textContent = 'Answers so far';
  const head = element.createTHead().insertRow();
  for (const label of ['Option', 'Answers']) {
    const cell = document.createElement('th');
    cell.scope = 'col';
    cell.textContent = label;
    head.append(cell);
  }
  const body = element.createTBody();
  const counts = options.map((option) => {
    const row = body.insertRow();
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = option;
    row.append(name);
    const count = row.insertCell();
    count.textContent = '0';
    return count;
  });
  return {
    element,
    show: (values: readonly number[]) =>
      values.forEach((value, index) => {
        const cell = counts[index];
        if (cell) cell.textContent = String(value);
      }),
  };
}

function createBallot(
  id: string,
  options: readonly string[],
  many: boolean,
  vote: (choices: number[]) => boolean,
) {
  const element = make('fieldset', 'poll-ballot');
  const legend = make('legend', '', many ? 'Your answer: pick all that apply' : 'Your answer: pick one');
  const inputs = options.map((option, index) => {
    const label = make('label', 'poll-choice');
    const input = document.createElement('input');
    input.type = many ? 'checkbox' : 'radio';
    input.name = `poll-${id}`;
    input.value = String(index);
    label.append(input, document.createTextNode(` ${option}`));
    element.append(label);
    return input;
  });
  const send = make('button', 'poll-send', 'Send my answer');
  send.type = 'button';
  const said = make('p', 'poll-said');
  said.setAttribute('aria-live', 'polite');
  element.prepend(legend);
  element.append(send, said);
  const say = (text: string) => {
    said.textContent = text;
  };
  send.addEventListener('click', () => {
    const choices = inputs.flatMap((input, index) => (input.checked ? [index] : []));
    if (!vote(choices))
      say('Not sent: the connection to the talk is down. It will be back soon; try again then.');
  });
  return {
    element,
    say,
    show(choices: readonly number[]) {
      inputs.forEach((input, index) => {
        input.checked = choices.includes(index);
      });
      const picked = choices.map((choice) => options[choice]).join(', ');
      say(choices.length > 0 ? `Counted: ${picked}. You can change it until the poll closes.` : '');
    },
    setOpen(open: boolean) {
      element.disabled = !open;
      if (!open) say('The poll is closed.');
    },
  };
}

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}
