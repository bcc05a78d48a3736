import { Launcher } from 'chrome-launcher';
import { describe, expect, it } from 'vitest';
import { lighthouseChromeFlags } from '../../../../src/tools/bench/lighthouse-chrome-flags.ts';

describe("the Chromium flags Lighthouse's browser is started with", () => {
  it("keep chrome-launcher's flags and its other disabled features, but not RenderDocument's", () => {
    const defaults = Launcher.defaultFlags();
    const flags = lighthouseChromeFlags(defaults);
    const disabled = (list: readonly string[]) =>
      list
        .filter((flag) => flag.startsWith('--disable-features='))
        .flatMap((flag) => flag.split('=')[1]?.split(',') ?? []);

    expect(disabled(defaults)).toContain('RenderDocument');
    expect(disabled(flags)).toEqual(disabled(defaults).filter((feature) => feature !== 'RenderDocument'));
    expect(flags.filter((flag) => !flag.startsWith('--disable-features='))).toEqual(
      defaults.filter((flag) => !flag.startsWith('--disable-features=')),
    );
  });

  it('leave a list without RenderDocument as it is', () => {
    const defaults = ['--no-first-run', '--disable-features=Translate,MediaRouter'];
    expect(lighthouseChromeFlags(defaults)).toEqual(defaults);
  });
});
