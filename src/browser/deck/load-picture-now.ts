/**
 * Makes a picture load now, and returns the element that does. A lazy one is swapped for an eager copy
 * rather than switched to eager: Chromium keeps an element it parsed as lazy on its list of pictures
 * yet to load even once it has loaded, and a print then waits two seconds for a load that never comes
 * (Ctrl+P, and one `npm run pdf` of the slides in two).
 */
export function loadPictureNow(picture: HTMLImageElement): HTMLImageElement {
  if (picture.loading !== 'lazy') return picture;
  const copy = picture.cloneNode(true) as HTMLImageElement;
  copy.loading = 'eager';
  picture.replaceWith(copy);
  return copy;
}
