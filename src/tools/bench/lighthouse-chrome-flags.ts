/**
 * chrome-launcher's default flags, but with Chromium's RenderDocument left on, as every reader's browser
 * has it. chrome-launcher turns it off to work around a Lighthouse bug; with it off, this machine's
 * Chromium holds a freshly loaded page's first frame back by one or two whole seconds (the deck's first
 * paint at 1.2 or 2.2 s instead of 0.35 s under Lighthouse's phone preset), a fault of the test browser
 * that no reader meets.
 */
export function lighthouseChromeFlags(defaults: readonly string[]): string[] {
  return defaults.map((flag) => {
    if (!flag.startsWith(DISABLE_FEATURES)) return flag;
    const features = flag.slice(DISABLE_FEATURES.length).split(',');
    return DISABLE_FEATURES + features.filter((feature) => feature !== 'RenderDocument').join(',');
  });
}

const DISABLE_FEATURES = '--disable-features=';
