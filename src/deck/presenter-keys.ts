/**
 * The keys the deck and its speaker view answer to: one source for the page's key handling, the help
 * overlay (?), and the README's key tables (a unit test compares them). A key not listed here does
 * nothing, so the lists are exactly the keys that work.
 */

/** What a key of the deck does. */
export type DeckAction =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'blackout'
  | 'fullscreen'
  | 'overview'
  | 'choose'
  | 'jump'
  | 'contrast'
  | 'speaker-view'
  | 'help';

/** What a key of the speaker view does: it moves or blacks out the deck, or sizes the notes. */
export type SpeakerViewAction =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'blackout'
  | 'larger-notes'
  | 'smaller-notes';

/** One key as a person presses it. */
export interface Key {
  /** As written in the help overlay and the README. */
  readonly label: string;
  /** `KeyboardEvent.key`, in lower case for a letter: a letter matches in either case (Shift, Caps Lock). */
  readonly key: string;
}

/** A row of a key table: the keys that do one thing, and what it is. */
export interface KeyBinding<Action extends string> {
  readonly action: Action;
  readonly keys: readonly Key[];
  /** What the keys do, as the table says it. */
  readonly does: string;
}

const key = (label: string, value = label.toLowerCase()): Key => Object.freeze({ label, key: value });

const NEXT = [
  key('→', 'ArrowRight'),
  key('↓', 'ArrowDown'),
  key('Space', ' '),
  key('Page Down', 'PageDown'),
  key('N'),
];
const PREVIOUS = [key('←', 'ArrowLeft'), key('↑', 'ArrowUp'), key('Page Up', 'PageUp'), key('P')];

/** The deck's keys, in the order the help overlay and the README list them. */
export const DECK_KEYS: readonly KeyBinding<DeckAction>[] = Object.freeze([
  { action: 'next', keys: NEXT, does: 'next step or slide' },
  { action: 'previous', keys: PREVIOUS, does: 'previous step or slide' },
  { action: 'first', keys: [key('Home', 'Home')], does: 'first slide' },
  { action: 'last', keys: [key('End', 'End')], does: 'last slide' },
  { action: 'blackout', keys: [key('B'), key('.')], does: 'black out the screen (again to come back)' },
  { action: 'fullscreen', keys: [key('F')], does: 'full screen' },
  {
    action: 'overview',
    keys: [key('O'), key('Esc', 'Escape')],
    does: 'overview of all slides (again to leave)',
  },
  { action: 'choose', keys: [key('Enter', 'Enter')], does: 'in the overview: open the chosen slide' },
  { action: 'jump', keys: [key('G')], does: 'jump to a slide by its number' },
  {
    action: 'contrast',
    keys: [key('C')],
    does: 'high-contrast mode (white on black) for washed-out projectors; also ?contrast=high in the address',
  },
  { action: 'speaker-view', keys: [key('S')], does: 'speaker view' },
  { action: 'help', keys: [key('?', '?')], does: 'this list, on screen' },
] satisfies KeyBinding<DeckAction>[]);

/** The speaker view's keys: a clicker or the laptop's keyboard moves the deck from there too. */
export const SPEAKER_VIEW_KEYS: readonly KeyBinding<SpeakerViewAction>[] = Object.freeze([
  { action: 'next', keys: NEXT, does: 'next step or slide' },
  { action: 'previous', keys: PREVIOUS, does: 'previous step or slide' },
  { action: 'first', keys: [key('Home', 'Home')], does: 'first slide' },
  { action: 'last', keys: [key('End', 'End')], does: 'last slide' },
  {
    action: 'blackout',
    keys: [key('B'), key('.')],
    does: 'black out the projected screen (again to come back)',
  },
  { action: 'larger-notes', keys: [key('+', '+'), key('=', '=')], does: 'larger notes' },
  { action: 'smaller-notes', keys: [key('-', '-')], does: 'smaller notes' },
] satisfies KeyBinding<SpeakerViewAction>[]);

/** What a key event needs to be matched: the key and its modifiers. */
export interface KeyPress {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

/**
 * The action of a key press in `bindings`, or undefined when it has none. Shift counts where it makes
 * the character typed (`?` is Shift+/ on most layouts, and is matched as `?`; `N` is `n`), and keeps
 * Space and the named keys (arrows, Page Down) from matching, as Alt, Ctrl and Meta keep every key:
 * reveal.js would jump to the first or last slide on Shift+arrow, and the browser's and the system's
 * shortcuts pass through.
 */
export function actionOfKey<Action extends string>(
  bindings: readonly KeyBinding<Action>[],
  press: KeyPress,
): Action | undefined {
  if (press.altKey || press.ctrlKey || press.metaKey) return undefined;
  if (press.shiftKey && (press.key.length > 1 || press.key === ' ')) return undefined;
  const pressed = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  return bindings.find((binding) => binding.keys.some((candidate) => candidate.key === pressed))?.action;
}

/** The keys of a row as the README writes them: `→, ↓, Space, Page Down or N`. */
export function keysLabel(binding: KeyBinding<string>): string {
  const labels = binding.keys.map((each) => each.label);
  const last = labels.pop() ?? '';
  return labels.length === 0 ? last : `${labels.join(', ')} or ${last}`;
}

/** A key table as Markdown, the form the README holds: `| key | does |` and one row per binding. */
export function formatKeyTable(bindings: readonly KeyBinding<string>[]): string {
  const rows = bindings.map((binding) => `| ${keysLabel(binding)} | ${binding.does} |`);
  return ['| key | does |', '| --- | --- |', ...rows].join('\n');
}
