import type { Token } from 'markdown-it';
import { bibliography } from '../../data/references.ts';
import { talk } from '../../data/talk.ts';
import type { Deck } from '../../deck/deck.ts';
import type { CitationMeta } from '../../deck/token-meta.ts';
import type { LiveOutline } from '../../live/outline.ts';

/** The talk as the live channel knows it, from the Deck model: slides in order, steps, notes, polls. */
export function createOutline(deck: Deck): LiveOutline {
  return {
    plannedMinutes: talk.plannedMinutes,
    slides: deck.sections.flatMap((section) =>
      section.slides.map((slide) => ({
        id: slide.id,
        title: slide.title,
        steps: slide.stepCount,
        notes: paragraphsOf(slide.notes),
        ...(slide.poll ? { poll: slide.poll } : {}),
      })),
    ),
  };
}

/** Each block of the notes as its plain text: the remote shows them as text, never as markup. */
function paragraphsOf(tokens: readonly Token[]): string[] {
  return tokens
    .filter((token) => token.type === 'inline')
    .map((token) => textOf(token.children ?? []))
    .filter((text) => text !== '');
}

function textOf(children: readonly Token[]): string {
  return children
    .map((child) => {
      if (child.type === 'softbreak' || child.type === 'hardbreak') return ' ';
      if (child.type === 'citation') {
        const { keys } = child.meta as CitationMeta;
        return `(${keys.map((key) => bibliography.get(key)?.short ?? key).join('; ')})`;
      }
      return child.type === 'text' || child.type === 'code_inline' ? child.content : '';
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
