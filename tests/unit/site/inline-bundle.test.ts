import { describe, expect, it } from 'vitest';
import {
  escapeScriptText,
  inlineBundle,
  removeLinksTo,
  replaceAttributeUrl,
  toDataUrl,
} from '../../../src/site/inline-bundle.ts';

const files: Record<string, string> = {
  './assets/index-abc.js': 'console.log("</script>")',
  './assets/index-def.css': 'body{color:red}',
};
const read = (url: string) => files[url];

describe('putting the bundle into the page', () => {
  it('turns the module script and the stylesheet into inline elements', () => {
    const html =
      '<head><script type="module" crossorigin src="./assets/index-abc.js"></script>\n' +
      '<link rel="stylesheet" crossorigin href="./assets/index-def.css"><link rel="icon" href="i.svg"></head>';
    expect(inlineBundle(html, read)).toBe(
      '<head><script type="module">console.log("<\\/script>")</script>\n' +
        '<style>body{color:red}</style><link rel="icon" href="i.svg"></head>',
    );
  });

  it('fails, naming the file, when a script or stylesheet is not in the bundle', () => {
    expect(() => inlineBundle('<link rel="stylesheet" href="./gone.css">', read)).toThrow(
      /"\.\/gone\.css" is not a file of the bundle/,
    );
  });

  it('refuses a classic script, which would run at another time inline', () => {
    expect(() => inlineBundle('<script src="./assets/index-abc.js"></script>', read)).toThrow(/module/);
  });
});

describe('escaping a script for an inline element', () => {
  it('escapes every end tag inside the code, in any case', () => {
    expect(escapeScriptText('a="</script>";b=/<\\/x|</SCRIPT /')).toBe(
      'a="<\\/script>";b=/<\\/x|<\\/SCRIPT /',
    );
  });

  it('accepts comment openers closed before the end', () => {
    expect(escapeScriptText('s="<!-- <script> -->";t="<!-->"')).toBe('s="<!-- <script> -->";t="<!-->"');
    expect(escapeScriptText('s="<!-- only an opener"')).toBe('s="<!-- only an opener"');
  });

  it('fails when "<!--" then "<script" would keep the parser from ending the element', () => {
    expect(() => escapeScriptText('s="<!-- <script>"')).toThrow(/split it/);
  });
});

describe('fonts, pictures and links in the single file', () => {
  it('makes data: URLs of pictures, and none of file types it does not know', () => {
    expect(toDataUrl('assets/icon.svg', '<svg/>')).toBe('data:image/svg+xml;base64,PHN2Zy8+');
    expect(toDataUrl('assets/notes.txt', 'text')).toBeUndefined();
  });

  it('replaces a URL only where it is a whole attribute value', () => {
    const html = '<link rel="icon" href="./a.svg"><a href="./a.svg.html">x</a>';
    expect(replaceAttributeUrl(html, './a.svg', 'data:x')).toBe(
      '<link rel="icon" href="data:x"><a href="./a.svg.html">x</a>',
    );
  });

  it('removes the links to a page, and only those', () => {
    const html =
      '<nav>\n  <a href="?view=scroll">Reading</a>\n  <a class="t" href="handout.html">Handout</a>\n</nav>';
    expect(removeLinksTo(html, 'handout.html')).toBe('<nav>\n  <a href="?view=scroll">Reading</a>\n</nav>');
  });
});
