import { loadPictureNow } from './load-picture-now.ts';

/**
 * The build lets the pictures of later slides wait (`loading="lazy"`), so that the first slide's styles
 * and fonts come first. Once the deck runs they all load: no slide comes up without its picture, on a
 * projector or on paper. Resolves once every picture has loaded or failed to.
 */
export function loadEveryPicture(): Promise<void> {
  const pictures = Array.from(document.images, loadPictureNow);
  return Promise.all(pictures.map(pictureLoaded)).then(() => undefined);
}

function pictureLoaded(picture: HTMLImageElement): Promise<void> {
  if (picture.complete) return Promise.resolve();
  return new Promise((resolve) => {
    picture.addEventListener('load', () => resolve(), { once: true });
    picture.addEventListener('error', () => resolve(), { once: true });
  });
}
