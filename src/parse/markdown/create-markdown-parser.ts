import type { MarkdownIt as Markdown } from 'markdown-it';
import MarkdownIt from 'markdown-it';
import { citationPlugin } from './citation-plugin.ts';
import { directivePlugin } from './directive-plugin.ts';
import { DIRECTIVES } from './directives.ts';
import { htmlPlugin } from './html-plugin.ts';
import { imagePlugin } from './image-plugin.ts';
import { linkPlugin } from './link-plugin.ts';
import { pollPlugin } from './poll-plugin.ts';

/**
 * Creates the one markdown-it instance the slides are parsed with, into checked tokens (rendering them is
 * src/render/'s). Raw HTML is off, so nothing an author writes becomes markup we did not mean; a tag is
 * reported (and shows as text), and so is a link that could run script. Per-file context travels in
 * `env`.
 */
export function createMarkdownParser(): Markdown {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: true });
  md.use(directivePlugin, DIRECTIVES);
  md.use(pollPlugin);
  md.use(citationPlugin);
  md.use(imagePlugin);
  md.use(htmlPlugin);
  md.use(linkPlugin);
  return md;
}
