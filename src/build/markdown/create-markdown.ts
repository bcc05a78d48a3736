import type { MarkdownIt as Markdown } from 'markdown-it';
import MarkdownIt from 'markdown-it';
import { citationPlugin } from './citation-plugin.ts';
import { directivePlugin } from './directive-plugin.ts';
import { DIRECTIVES } from './directives.ts';
import { imagePlugin } from './image-plugin.ts';

/**
 * Creates the one markdown-it instance the deck is rendered with. Raw HTML is off (it shows as text),
 * so nothing an author writes becomes markup we did not mean. Per-file context travels in `env`.
 */
export function createMarkdown(): Markdown {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: true });
  md.use(directivePlugin, DIRECTIVES);
  md.use(citationPlugin);
  md.use(imagePlugin);
  return md;
}
