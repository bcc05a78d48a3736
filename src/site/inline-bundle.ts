/** Reads a file of the bundle by the URL a page gives it; `undefined` when the bundle has no such file. */
export type ReadBundleFile = (url: string) => string | undefined;

/**
 * Returns the page with its module scripts (`<script type="module" src>`) and stylesheets
 * (`<link rel="stylesheet" href>`) replaced by inline `<script type="module">` and `<style>` elements
 * holding the files' text. Throws, naming the file, when a script is not a module or a file is not in
 * the bundle.
 */
export function inlineBundle(html: string, read: ReadBundleFile): string {
  const fileFor = (tag: string, url: string | undefined) => {
    const text = url === undefined ? undefined : read(url);
    if (text === undefined) throw new Error(`Cannot inline ${tag}: "${url}" is not a file of the bundle.`);
    return text;
  };
  return html
    .replace(/<script\b([^>]*)>\s*<\/script\s*>/gi, (tag, attributes: string) => {
      const src = attributeOf(attributes, 'src');
      if (src === undefined) return tag;
      if (attributeOf(attributes, 'type') !== 'module') {
        throw new Error(`Cannot inline ${tag}: only module scripts run the same inline as from a file.`);
      }
      return `<script type="module">${escapeScriptText(fileFor(tag, src))}</script>`;
    })
    .replace(/<link\b([^>]*)>/gi, (tag, attributes: string) => {
      if (!attributeOf(attributes, 'rel')?.split(/\s+/).includes('stylesheet')) return tag;
      return `<style>${escapeStyleText(fileFor(tag, attributeOf(attributes, 'href')))}</style>`;
    });
}

/** The value of an attribute in an element's attribute text; `''` for one without a value. */
function attributeOf(attributes: string, name: string): string | undefined {
  const match = new RegExp(
    `(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|/|$)`,
    'i',
  ).exec(attributes);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

/**
 * Makes JavaScript safe to put between `<script>` and `</script>`: a `</script` in the code (in a string
 * or a regular expression, the only places JavaScript can hold one) would end the element early, so it
 * becomes `<\/script`, which means the same there. Throws when the code would still keep the HTML parser
 * from ending the element: see `endsAtClosingTag`.
 */
export function escapeScriptText(code: string): string {
  const escaped = code.replace(/<\/(script)/gi, '<\\/$1');
  if (!endsAtClosingTag(escaped)) {
    throw new Error(
      'The bundle holds "<!--" then "<script" with no "-->" after them: inline, the HTML parser would ' +
        'not end the script at its end tag. Find the text in the bundle and split it ("<!-" + "-").',
    );
  }
  return escaped;
}

/**
 * Whether the `</script>` after `code` ends the element. HTML parses script text in three states: after
 * `<!--` it is "escaped", where `<script` makes it "double escaped", where an end tag does not end the
 * element; `-->` goes back to the start from either. With every `</script` escaped, only ending
 * double escaped is a problem.
 */
function endsAtClosingTag(code: string): boolean {
  const text = code.toLowerCase();
  let state: 'data' | 'escaped' | 'double escaped' = 'data';
  let at = 0;
  for (;;) {
    if (state === 'data') {
      const open = text.indexOf('<!--', at);
      if (open === -1) return true;
      state = 'escaped';
      // From the second dash: "<!-->" is already closed.
      at = open + 2;
      continue;
    }
    const close = text.indexOf('-->', at);
    const script = state === 'escaped' ? /<script[\s/>]/.exec(text.slice(at)) : null;
    if (script && (close === -1 || at + script.index < close)) {
      state = 'double escaped';
      at += script.index + '<script'.length;
    } else if (close === -1) {
      return state !== 'double escaped';
    } else {
      state = 'data';
      at = close + 3;
    }
  }
}

/** Makes CSS safe to put in a `<style>` element: `</style` (only ever in a string) becomes `<\/style`. */
export function escapeStyleText(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

/** Media types of the files a page may link to that Vite leaves as files (icons), by extension. */
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/** A `data:` URL of a file, base64; `undefined` for a kind of file not in `MEDIA_TYPES`. */
export function toDataUrl(fileName: string, content: string | Uint8Array): string | undefined {
  const type = MEDIA_TYPES[fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase()];
  return type && `data:${type};base64,${Buffer.from(content).toString('base64')}`;
}

/** Returns the page with every quoted attribute value `url` replaced by `replacement`. */
export function replaceAttributeUrl(html: string, url: string, replacement: string): string {
  return html.replace(/=\s*(?:"([^"]*)"|'([^']*)')/g, (value, double?: string, single?: string) =>
    (double ?? single) === url ? `="${replacement}"` : value,
  );
}

/** Returns the page without the links (`<a href>`) to `target`, and the white space before each. */
export function removeLinksTo(html: string, target: string): string {
  return html.replace(/\s*<a\b([^>]*)>[\s\S]*?<\/a\s*>/gi, (link, attributes: string) =>
    attributeOf(attributes, 'href') === target ? '' : link,
  );
}
