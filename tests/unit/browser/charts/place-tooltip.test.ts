import { describe, expect, it } from 'vitest';
import { placeTooltip } from '../../../../src/browser/charts/place-tooltip.ts';

const frame = { width: 1000, height: 500 };
const size = { width: 300, height: 80 };

describe('placing the chart’s tooltip', () => {
  it('goes above the bars it describes when there is room', () => {
    const place = placeTooltip({ anchorX: 500, row: { top: 200, bottom: 260 }, size, frame });
    expect(place.top + size.height).toBeLessThanOrEqual(200);
    expect(place.left).toBe(350);
  });

  it('goes below them at the top of the chart', () => {
    const place = placeTooltip({ anchorX: 500, row: { top: 20, bottom: 90 }, size, frame });
    expect(place.top).toBeGreaterThanOrEqual(90);
  });

  it('stays inside the frame across', () => {
    expect(placeTooltip({ anchorX: 980, row: { top: 200, bottom: 260 }, size, frame }).left).toBe(700);
    expect(placeTooltip({ anchorX: 10, row: { top: 200, bottom: 260 }, size, frame }).left).toBe(0);
  });
});
