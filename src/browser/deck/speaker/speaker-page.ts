/** The speaker view's elements, as speaker-view.ts fills them in. */
export interface SpeakerPage {
  readonly root: HTMLElement;
  readonly position: HTMLElement;
  readonly status: HTMLElement;
  readonly clock: HTMLTimeElement;
  readonly nowName: HTMLElement;
  readonly nowFrame: HTMLIFrameElement;
  readonly nextName: HTMLElement;
  readonly nextFrame: HTMLIFrameElement;
  readonly notes: HTMLElement;
  readonly smallerNotes: HTMLButtonElement;
  readonly largerNotes: HTMLButtonElement;
  readonly elapsed: HTMLElement;
  readonly timerToggle: HTMLButtonElement;
  readonly timerReset: HTMLButtonElement;
  readonly pace: HTMLElement;
  readonly plan: HTMLElement;
}

type Child = Node | string;

function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  className: string,
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const created = document.createElement(tag);
  created.className = className;
  created.append(...children);
  return created;
}

function button(className: string, text: string): HTMLButtonElement {
  const created = element('button', `deck-tool ${className}`, text);
  created.type = 'button';
  return created;
}

/** A preview of the deck: an iframe the speaker view drives, which neither takes focus nor clicks. */
function previewFrame(title: string): HTMLIFrameElement {
  const frame = element('iframe', 'speaker-preview');
  frame.title = title;
  frame.tabIndex = -1;
  // The keys stay with the speaker view, whatever the presenter clicks: a preview never takes focus.
  frame.inert = true;
  return frame;
}

function section(className: string, heading: HTMLElement, ...children: Child[]): HTMLElement {
  const created = element('section', className, heading, ...children);
  heading.id = `${className}-title`;
  created.setAttribute('aria-labelledby', heading.id);
  return created;
}

/** Builds the speaker view: the slide now and what comes next, the notes, the time and the pace. */
export function createSpeakerPage(): SpeakerPage {
  const position = element('p', 'speaker-position');
  const status = element('p', 'speaker-status');
  status.setAttribute('role', 'status');
  const clock = element('time', 'speaker-clock');
  const nowName = element('span', 'speaker-name');
  const nowFrame = previewFrame('The slide on the screen now');
  const nextName = element('span', 'speaker-name');
  const nextFrame = previewFrame('What comes next');
  const notes = element('div', 'speaker-notes-text');
  // Long notes scroll; a keyboard user can scroll them too.
  notes.tabIndex = 0;
  notes.setAttribute('role', 'region');
  notes.setAttribute('aria-label', 'Notes for this slide');
  // Named as they read: a name other than the visible text would not match what a voice user says.
  const smallerNotes = button('speaker-smaller', 'Smaller');
  const largerNotes = button('speaker-larger', 'Larger');
  const elapsed = element('span', 'speaker-elapsed', '0:00');
  const timerToggle = button('speaker-timer-toggle', 'Start');
  const timerReset = button('speaker-timer-reset', 'Reset');
  const pace = element('span', 'speaker-pace');
  const plan = element('p', 'speaker-plan');
  const sizes = element('div', 'speaker-notes-size', smallerNotes, largerNotes);
  sizes.setAttribute('role', 'group');
  sizes.setAttribute('aria-label', 'Size of the notes');
  const root = element(
    'div',
    'speaker',
    element(
      'header',
      'speaker-bar',
      element('h1', 'speaker-heading', 'Speaker view'),
      position,
      status,
      element('p', 'speaker-clock-box', element('span', 'speaker-label', 'Time of day'), ' ', clock),
    ),
    element(
      'div',
      'speaker-column speaker-column-now',
      section(
        'speaker-now',
        element('h2', 'speaker-label', 'Now: ', nowName),
        element('div', 'speaker-frame', nowFrame),
      ),
      section(
        'speaker-time',
        element('h2', 'speaker-label', 'Elapsed'),
        element('p', 'speaker-time-row', elapsed, ' ', timerToggle, ' ', timerReset),
        element('p', 'speaker-pace-row', element('span', 'speaker-label', 'Pace'), ' ', pace),
        plan,
      ),
    ),
    element(
      'div',
      'speaker-column speaker-column-next',
      section(
        'speaker-next',
        element('h2', 'speaker-label', 'Next: ', nextName),
        element('div', 'speaker-frame', nextFrame),
      ),
      section('speaker-notes', element('h2', 'speaker-label', 'Notes'), sizes, notes),
    ),
  );
  return {
    root,
    position,
    status,
    clock,
    nowName,
    nowFrame,
    nextName,
    nextFrame,
    notes,
    smallerNotes,
    largerNotes,
    elapsed,
    timerToggle,
    timerReset,
    pace,
    plan,
  };
}
