/**
 * Whether a file's bytes are of the picture type its extension names: a file that is not the picture it
 * claims to be (a page, a script, an archive renamed `.png`) never reaches the site.
 */
export function bytesMatchExtension(bytes: Uint8Array, extension: string): boolean {
  const sniff = SNIFFERS.get(extension.toLowerCase());
  return sniff?.(bytes) ?? false;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

const isPng = (bytes: Uint8Array) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const isJpeg = (bytes: Uint8Array) => startsWith(bytes, [0xff, 0xd8, 0xff]);
const isGif = (bytes: Uint8Array) => startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'));
const isWebp = (bytes: Uint8Array) => startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8);
/** An ISO-BMFF file whose major brand is AVIF's (`avif` still, `avis` sequence). */
const isAvif = (bytes: Uint8Array) =>
  startsWith(bytes, ascii('ftyp'), 4) &&
  (startsWith(bytes, ascii('avif'), 8) || startsWith(bytes, ascii('avis'), 8));

/** UTF-8 text whose first element, after any XML declaration, comments and doctype, is `<svg`. */
function isSvg(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  const prologue = /^(?:\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/i;
  const rest = text.replace(/^\uFEFF/, '').replace(prologue, '');
  return /^<svg[\s>/]/i.test(rest);
}

const SNIFFERS: ReadonlyMap<string, (bytes: Uint8Array) => boolean> = new Map([
  ['.svg', isSvg],
  ['.png', isPng],
  ['.jpg', isJpeg],
  ['.jpeg', isJpeg],
  ['.gif', isGif],
  ['.webp', isWebp],
  ['.avif', isAvif],
]);
