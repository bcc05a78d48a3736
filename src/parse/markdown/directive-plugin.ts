import type { MarkdownIt, StateBlock, StateCore, Token } from 'markdown-it';
import type { DirectiveMeta } from '../../deck/token-meta.ts';
import { type ParseEnv, report } from './parse-env.ts';

/** A `::: name args` container the loader knows: whether it may hold content, and how to check it. */
export interface Directive {
  /** True when the directive renders from its arguments alone and must be empty. */
  readonly empty: boolean;
  /** Reports what is wrong with its arguments at `bodyLine`, and notes what it cites. */
  check?(args: string, env: ParseEnv, bodyLine: number): void;
}

const FENCE = ':::';

/**
 * Adds `::: name args` ... `:::` containers as `directive_open` and `directive_close` tokens, one block
 * rule for every directive, so an unknown name, content where none belongs and a missing closing line
 * are all reported the same way.
 */
export function directivePlugin(md: MarkdownIt, directives: ReadonlyMap<string, Directive>): void {
  // Like a code fence, a ":::" line ends the paragraph or list above it rather than joining its text.
  md.block.ruler.before(
    'fence',
    'directive',
    (state, startLine, endLine, silent) => parseDirective(state, startLine, endLine, silent, directives),
    { alt: ['paragraph', 'reference', 'blockquote', 'list'] },
  );
  md.core.ruler.push('directive_steps', markSteps);
}

function lineText(state: StateBlock, line: number): string {
  const start = (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0);
  return state.src.slice(start, state.eMarks[line]).trimEnd();
}

function parseDirective(
  state: StateBlock,
  startLine: number,
  endLine: number,
  silent: boolean,
  directives: ReadonlyMap<string, Directive>,
): boolean {
  // Indented four or more, it is a code block, not a directive.
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  const opening = lineText(state, startLine);
  if (!opening.startsWith(FENCE)) return false;
  if (silent) return true;
  const env = state.env as unknown as ParseEnv;
  const [name = '', ...rest] = opening.slice(FENCE.length).trim().split(/\s+/);
  const args = rest.join(' ');
  const known = [...directives.keys()].join(', ');
  if (name === '') {
    report(env, startLine, 'a closing ":::" has no opening directive', `open it with "::: name" (${known})`);
    state.line = startLine + 1;
    return true;
  }
  const directive = directives.get(name);
  if (!directive) report(env, startLine, `unknown directive "::: ${name}"`, `use one of: ${known}`);

  let closeLine = startLine + 1;
  while (closeLine < endLine && lineText(state, closeLine) !== FENCE) closeLine++;
  const closed = closeLine < endLine;
  if (!closed) {
    report(env, startLine, `"::: ${name}" is never closed`, 'add a line ":::" where the directive ends');
  }
  const hasContent = state.src
    .slice(state.bMarks[startLine + 1] ?? state.src.length, state.bMarks[closeLine] ?? state.src.length)
    .trim();
  if (directive?.empty && hasContent) {
    report(
      env,
      startLine + 1,
      `"${opening}" takes no content`,
      `write "${opening}" and ":::" on two lines, and any text outside them`,
    );
  }
  directive?.check?.(args, env, startLine);

  const meta: DirectiveMeta = { name, args };
  const open = state.push('directive_open', 'div', 1);
  open.map = [startLine, closeLine];
  open.info = name;
  open.meta = meta;
  open.block = true;
  if (!directive?.empty) {
    const parentType = state.parentType;
    const lineMax = state.lineMax;
    state.parentType = 'container' as typeof state.parentType;
    state.lineMax = closeLine;
    state.md.block.tokenize(state, startLine + 1, closeLine);
    state.parentType = parentType;
    state.lineMax = lineMax;
  }
  const close = state.push('directive_close', 'div', -1);
  close.info = name;
  close.meta = meta;
  close.block = true;
  state.line = closed ? closeLine + 1 : closeLine;
  return true;
}

/** Turns each list item, and each other block, directly inside `::: steps` into a reveal.js fragment. */
function markSteps(state: StateCore): void {
  const tokens = state.tokens;
  tokens.forEach((token, index) => {
    if (token.type !== 'directive_open' || token.info !== 'steps') return;
    const level = token.level + 1;
    for (let i = index + 1; i < tokens.length; i++) {
      const inner = tokens[i] as Token;
      if (inner.level < level || inner.type === 'directive_close') break;
      if (inner.level !== level || inner.nesting === -1) continue;
      if (inner.type === 'bullet_list_open' || inner.type === 'ordered_list_open') {
        markListItems(tokens, i);
      } else if (inner.nesting === 1 || inner.type === 'fence' || inner.type === 'hr') {
        inner.attrJoin('class', 'fragment');
      }
    }
  });
}

function markListItems(tokens: Token[], listIndex: number): void {
  const itemLevel = (tokens[listIndex] as Token).level + 1;
  for (let i = listIndex + 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.level < itemLevel) break;
    if (token.type === 'list_item_open' && token.level === itemLevel) token.attrJoin('class', 'fragment');
  }
}
