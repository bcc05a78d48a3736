import type { MarkdownIt, StateCore, StateInline, Token } from 'markdown-it';
import type { CitationMeta, MalformedCitationMeta } from '../../deck/token-meta.ts';
import { forEachInline, type InlineBlock, inlineLine, type ParseEnv, report } from './parse-env.ts';

const CITATION = /^\[(@[\w-]+(?:\s*;\s*@[\w-]+)*)\]/;
/** What an author meant as a citation but mistyped (`[@]`, `[@ key]`, `[@a;]`): `[@` up to its `]`. */
const CITATION_ATTEMPT = /^\[@[^\]\n]{0,200}\]/;

/** Adds `[@key]` and `[@a; @b]` citations as `citation` tokens; an unknown key is reported at its line. */
export function citationPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('link', 'citation', parseCitation);
  md.core.ruler.push('citation_check', checkCitations);
}

function parseCitation(state: StateInline, silent: boolean): boolean {
  const rest = state.src.slice(state.pos, state.pos + 256);
  const match = CITATION.exec(rest);
  if (!match?.[1]) return parseMalformedCitation(state, silent, rest);
  if (!silent) {
    const token = state.push('citation', '', 0);
    const meta: CitationMeta = {
      keys: match[1].split(';').map((key) => key.trim().slice(1)),
      offset: state.pos,
    };
    token.meta = meta;
  }
  state.pos += match[0].length;
  return true;
}

/** Keeps a mistyped citation as the text it was, marked so that `checkCitation` reports it. */
function parseMalformedCitation(state: StateInline, silent: boolean, rest: string): boolean {
  const attempt = CITATION_ATTEMPT.exec(rest);
  if (!attempt) return false;
  if (!silent) {
    const token = state.push('citation_malformed', '', 0);
    token.content = attempt[0];
    const meta: MalformedCitationMeta = { offset: state.pos };
    token.meta = meta;
  }
  state.pos += attempt[0].length;
  return true;
}

function checkCitations(state: StateCore): void {
  const env = state.env as unknown as ParseEnv;
  forEachInline(state.tokens, (token, block) => checkCitation(env, block, token));
}

function checkCitation(env: ParseEnv, block: InlineBlock, token: Token): void {
  if (token.type === 'citation_malformed') {
    report(
      env,
      inlineLine(block, (token.meta as MalformedCitationMeta).offset),
      `malformed citation "${token.content}"`,
      'write a citation as [@key] or [@key1; @key2], with keys from src/data/references.ts',
    );
    return;
  }
  if (token.type !== 'citation') return;
  const { keys, offset } = token.meta as CitationMeta;
  const line = inlineLine(block, offset);
  for (const key of keys) {
    if (env.bibliography.has(key)) {
      env.citedKeys.add(key);
      continue;
    }
    report(
      env,
      line,
      `unknown citation "@${key}" (known: ${describeKnown(key, env)})`,
      'fix the key, or add the work to src/data/references.ts',
    );
  }
}

/** Names the known key closest to a mistyped one, so the likely fix comes first. */
function describeKnown(key: string, env: ParseEnv): string {
  const closest = env.closestCitationKey(key);
  if (!closest) return 'none';
  return env.bibliography.size > 1 ? `@${closest}, ...` : `@${closest}`;
}
