/**
 * The first part of an SVG drawing that could act on the site or reach beyond it, described for the
 * author; undefined for a still drawing. An SVG in assets/ is published on the site's own origin, where
 * opening it directly would run its scripts, so anything that can run code, pull in another file or
 * point elsewhere is refused rather than cleaned: the author's own file stays the truth. References
 * within the drawing (`href="#shape"`, `url(#gradient)`) are fine.
 */
export function findSvgHazard(svg: string): string | undefined {
  for (const [pattern, describe] of HAZARDS) {
    const match = pattern.exec(svg);
    if (match) return describe(match);
  }
  return undefined;
}

type Hazard = readonly [RegExp, (match: RegExpExecArray) => string];

const HAZARDS: readonly Hazard[] = [
  [/<\s*script\b/i, () => 'a <script> element'],
  [/<\s*(foreignObject|iframe|embed|object|handler|listener)\b/i, (match) => `a <${match[1]}> element`],
  [/<!ENTITY\b/i, () => 'an entity declaration'],
  [/[\s"'/](on[a-z]+)\s*=/i, (match) => `an event handler (${match[1]})`],
  [/javascript\s*:/i, () => 'a javascript: URL'],
  [/attributeName\s*=\s*["']?\s*(?:xlink:)?href\b/i, () => 'an animation that rewrites a link'],
  [
    /[\s"'/](?:xlink:)?(?:href|src)\s*=\s*(?:"(?!\s*#)([^"]*)"|'(?!\s*#)([^']*)'|(?![\s"'#])([^\s>]+))/i,
    (match) => `a link to "${match[1] ?? match[2] ?? match[3]}"`,
  ],
  [/url\(\s*(?!["']?\s*#)/i, () => 'a url() reference to another file'],
  [/@import\b/i, () => 'a stylesheet @import'],
];
