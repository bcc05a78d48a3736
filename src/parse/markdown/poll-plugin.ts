import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import {
  POLL_CHOICES,
  POLL_LIMITS,
  POLL_OPTION_ATTRIBUTE,
  type PollChoice,
  type PollMeta,
} from '../../deck/poll.ts';
import type { DirectiveMeta } from '../../deck/token-meta.ts';
import type { Directive } from './directive-plugin.ts';
import { type ParseEnv, report } from './parse-env.ts';

/** `::: poll` or `::: poll many`: how many options one ballot may pick. */
export const pollDirective: Directive = {
  empty: false,
  check(args: string, env: ParseEnv, bodyLine: number) {
    if (args === '' || (POLL_CHOICES as readonly string[]).includes(args)) return;
    report(
      env,
      bodyLine,
      `unknown poll kind "${args}" in "::: poll ${args}"`,
      'write "::: poll" (each person picks one option) or "::: poll many" (one or more)',
    );
  },
};

/**
 * Reads each `::: poll` container's options: one Markdown list, each item a line of plain text. The
 * items become steps (the "hands up" list of the static deck, one line a click) with their index, and
 * the opening token carries the options for the slide's Poll. Everything else is reported.
 */
export function pollPlugin(md: MarkdownIt): void {
  md.core.ruler.push('poll_options', readPolls);
}

function readPolls(state: StateCore): void {
  const env = state.env as ParseEnv;
  state.tokens.forEach((token, index) => {
    if (token.type !== 'directive_open' || token.info !== 'poll') return;
    const { args } = token.meta as DirectiveMeta;
    const choice: PollChoice = args === 'many' ? 'many' : 'one';
    const meta: DirectiveMeta & PollMeta = { ...(token.meta as DirectiveMeta), choice, options: [] };
    token.meta = meta;
    const options = readOptions(state.tokens, index, env);
    if (options) token.meta = { ...meta, options };
  });
}

function readOptions(tokens: Token[], openIndex: number, env: ParseEnv): string[] | undefined {
  const open = tokens[openIndex] as Token;
  const line = open.map?.[0] ?? 0;
  const inner = childBlocks(tokens, openIndex);
  const list = inner.find((block) => block.type === 'bullet_list_open' || block.type === 'ordered_list_open');
  const stray = inner.find((block) => block !== list);
  if (stray) {
    report(
      env,
      stray.map?.[0] ?? line,
      'a poll holds only its list of options',
      'write the question above "::: poll" and the options as a "- " list between it and ":::"',
    );
  }
  if (!list) {
    report(env, line, '"::: poll" has no list of options', 'write each option on a line starting "- "');
    return undefined;
  }
  const items = listItems(tokens, tokens.indexOf(list));
  const options = items.map((item) => readOption(tokens, item, env)).filter((text) => text !== undefined);
  if (options.length !== items.length) return undefined;
  const { minOptions, maxOptions } = POLL_LIMITS;
  if (items.length < minOptions || items.length > maxOptions) {
    report(
      env,
      list.map?.[0] ?? line,
      `a poll has ${items.length} option${items.length === 1 ? '' : 's'}`,
      `give it between ${minOptions} and ${maxOptions}`,
    );
    return undefined;
  }
  const seen = new Set<string>();
  for (const [position, text] of options.entries()) {
    const key = text.toLocaleLowerCase('en-GB');
    if (seen.has(key)) {
      report(
        env,
        items[position]?.map?.[0] ?? line,
        `the poll option "${text}" is there twice`,
        'each option must differ, or the counts would be split',
      );
      return undefined;
    }
    seen.add(key);
  }
  items.forEach((item, position) => {
    item.attrJoin('class', 'fragment');
    item.attrSet(POLL_OPTION_ATTRIBUTE, String(position));
  });
  return options;
}

/** The option's text, or undefined (reported) when the item is empty, long, or more than one line. */
function readOption(tokens: Token[], item: Token, env: ParseEnv): string | undefined {
  const line = item.map?.[0] ?? 0;
  const blocks = childBlocks(tokens, tokens.indexOf(item));
  const [paragraph, extra] = blocks;
  const inline = paragraph?.type === 'paragraph_open' ? tokens[tokens.indexOf(paragraph) + 1] : undefined;
  if (extra || (paragraph && !inline)) {
    report(
      env,
      extra?.map?.[0] ?? line,
      'a poll option is one line of text',
      'remove the nested list or second paragraph from the option',
    );
    return undefined;
  }
  const text = plainText(inline?.children ?? []);
  if (text === '') {
    report(env, line, 'a poll option is empty', 'write its text after "- ", or remove the line');
    return undefined;
  }
  if (text.length > POLL_LIMITS.maxOptionLength) {
    report(
      env,
      line,
      `a poll option is ${text.length} characters long`,
      `keep each under ${POLL_LIMITS.maxOptionLength + 1}: it must fit one line on a phone`,
    );
    return undefined;
  }
  return text;
}

/** Block tokens one level inside the container opened at `openIndex`, without their closings. */
function childBlocks(tokens: readonly Token[], openIndex: number): Token[] {
  const open = tokens[openIndex] as Token;
  const level = open.level + 1;
  const blocks: Token[] = [];
  for (let i = openIndex + 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.level < level) break;
    if (token.level === level && token.nesting !== -1) blocks.push(token);
  }
  return blocks;
}

function listItems(tokens: readonly Token[], listIndex: number): Token[] {
  return childBlocks(tokens, listIndex).filter((token) => token.type === 'list_item_open');
}

/** An option as it reads: its text and code, with emphasis and links reduced to their words. */
function plainText(children: readonly Token[]): string {
  return children
    .map((child) => {
      if (child.type === 'text' || child.type === 'code_inline') return child.content;
      if (child.type === 'softbreak' || child.type === 'hardbreak') return ' ';
      return '';
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
