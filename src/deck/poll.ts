/**
 * A poll the audience answers from their phones (`::: poll`): the parser makes it, the renderers write
 * it into the slide, and the live server counts its ballots against it. One source for its limits.
 */

/** `one`: a ballot picks exactly one option; `many`: one or more. */
export const POLL_CHOICES = ['one', 'many'] as const;
export type PollChoice = (typeof POLL_CHOICES)[number];

export const POLL_LIMITS = Object.freeze({
  /** Fewer is not a question. */
  minOptions: 2,
  /** More would not fit a phone's screen or a projector's bar chart. */
  maxOptions: 12,
  /** Characters of one option's text: a line on a phone, a bar's label on the projector. */
  maxOptionLength: 80,
});

export interface Poll {
  /** The id of the slide it is on: one poll per slide. */
  readonly id: string;
  readonly choice: PollChoice;
  /** The options' plain text, in the slide's order: a ballot names them by index. */
  readonly options: readonly string[];
}

/** What a `::: poll` opening token carries besides its name and arguments (see token-meta.ts). */
export type PollMeta = {
  readonly choice: PollChoice;
  readonly options: readonly string[];
};

/** The poll element the renderer writes: `<div class="poll" data-poll="<slide id>" data-poll-choice>`. */
export const POLL_SELECTOR = 'div.poll[data-poll]';
/** Each option's list item carries its index: `<li data-poll-option="0">`. */
export const POLL_OPTION_ATTRIBUTE = 'data-poll-option';
