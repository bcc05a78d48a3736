import type { MarkdownIt, StateCore, StateInline, Token } from 'markdown-it';
import { closestName } from '../closest-name.ts';
import { forEachInline, type InlineBlock, inlineLine, type RenderEnv, report } from './parse-env.ts';

type CitationMeta = {
  readonly keys: readonly string[];
  /** Where the citation starts in its paragraph's text, to find its line. */
  readonly offset: number;
};

const citationMeta = (token: Token): CitationMeta => token.meta as unknown as CitationMeta;

const CITATION = /^\[(@[\w-]+(?:\s*;\s*@[\w-]+)*)\]/;

/** Where every citation links: the slide that lists the references. */
export const REFERENCES_SLIDE_ID = 'references';

/**
 * Adds `[@key]` and `[@a; @b]` citations. They render as the references' short forms linked to the
 * references slide; an unknown key is reported at its line.
 */
export function citationPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('link', 'citation', parseCitation);
  md.core.ruler.push('citation_check', checkCitations);
  md.renderer.rules.citation = (tokens, index, _options, env) => {
    const { keys } = citationMeta(tokens[index] as Token);
    const { bibliography } = env as unknown as RenderEnv;
    const labels = keys.map((key) => md.utils.escapeHtml(bibliography[key]?.short ?? key));
    return `<a class="citation" href="#/${REFERENCES_SLIDE_ID}">(${labels.join('; ')})</a>`;
  };
}

function parseCitation(state: StateInline, silent: boolean): boolean {
  const match = CITATION.exec(state.src.slice(state.pos));
  if (!match?.[1]) return false;
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

function checkCitations(state: StateCore): void {
  const env = state.env as unknown as RenderEnv;
  const known = Object.keys(env.bibliography);
  forEachInline(state.tokens, (token, block) => checkCitation(env, block, token, known));
}

function checkCitation(env: RenderEnv, block: InlineBlock, token: Token, known: readonly string[]): void {
  if (token.type !== 'citation') return;
  const { keys, offset } = citationMeta(token);
  const line = inlineLine(block, offset);
  for (const key of keys) {
    if (known.includes(key)) {
      if (!env.citedKeys.includes(key)) env.citedKeys.push(key);
      continue;
    }
    report(
      env,
      line,
      `unknown citation "@${key}" (known: ${describeKnown(key, known)})`,
      'fix the key, or add the work to src/data/references.ts',
    );
  }
}

/** Names the known key closest to a mistyped one, so the likely fix comes first. */
function describeKnown(key: string, known: readonly string[]): string {
  const closest = closestName(key, known);
  if (!closest) return 'none';
  return known.length > 1 ? `@${closest}, ...` : `@${closest}`;
}
