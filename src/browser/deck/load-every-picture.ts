/**
 * The build lets the pictures of later slides wait (`loading="lazy"`), so that the first slide's styles
 * and fonts come first. Once the deck runs they all load: no slide comes up without its picture, on a
 * projector or on paper. Resolves once every picture has loaded or failed to.
 */
export function loadEveryPicture(): Promise<void> {
  const pictures = Array.from(document.images, loadNow);
  return Promise.all(pictures.map(pictureLoaded)).then(() => undefined);
}

/**
 * The picture, loading now. A lazy one is swapped for an eager copy rather than switched to eager:
 * Chromium keeps an element it parsed as lazy on its list of pictures yet to load even once it has
 * loaded, and a print then waits two seconds for a load that never comes (Ctrl+P, and every
 * `npm run pdf` of the slides one time in two).
 */
function loadNow(picture: HTMLImageElement): HTMLImageElement {
  if (picture.loading !== 'lazy') return picture;
  const copy = picture.cloneNode(true) as HTMLImageElement;
  copy.loading = 'eager';
  picture.replaceWith(copy);
  return copy;
}

function pictureLoaded(picture: HTMLImageElement): Promise<void> {
  if (picture.complete) return Promise.resolve();
  return new Promise((resolve) => {
    picture.addEventListener('load', () => resolve(), { once: true });
    picture.addEventListener('error', () => resolve(), { once: true });
  });
}
