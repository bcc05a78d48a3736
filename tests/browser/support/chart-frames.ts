import type { Page } from 'playwright-core';
import { CHART_PALETTE } from '../../../src/deck/chart/goals-chart-look.ts';

/** One text a chart canvas wrote, as it was written, in CSS pixels of the canvas. */
export interface WrittenText {
  /** The frame it was drawn in: the document timeline's time, the same for every draw of one frame. */
  readonly frame: number;
  /** The draw it belongs to: Chart.js clears its canvas before each, and may draw twice in a frame. */
  readonly draw: number;
  readonly text: string;
  /** The font's size in CSS pixels of the canvas (the slide's pixels: reveal.js scales the slide). */
  readonly size: number;
  /** Where it was written on the canvas, in the canvas's CSS pixels. */
  readonly x: number;
  readonly y: number;
  readonly align: string;
  /**
   * For a value label ("71%", written left of nothing but its bar): the group whose bar ends last on the
   * label's line left of it, and where that bar ends, read from the canvas's pixels as the label is
   * written. Undefined for other texts, and when no bar is on the line.
   */
  readonly bar?: { readonly group: 'providers' | 'patients'; readonly end: number };
}

const RECORD = '__chartTexts';

/**
 * Starts recording every text the page's chart canvases write from now on, with the bar each value
 * label sits at, read from the pixels already drawn in that frame. The chart draws as the page draws it;
 * nothing is slowed down but the reading of one line of pixels per label.
 */
export async function recordChartTexts(page: Page): Promise<void> {
  const colours = {
    providers: hexToRgb(CHART_PALETTE.providers),
    patients: hexToRgb(CHART_PALETTE.patients),
  };
  await page.evaluate(
    ({ key, colours }) => {
      const texts: unknown[] = [];
      Object.assign(window, { [key]: texts });
      const { clearRect, fillText } = CanvasRenderingContext2D.prototype;
      let draw = 0;
      CanvasRenderingContext2D.prototype.clearRect = function (...area) {
        if (this.canvas.closest('figure.chart')) draw++;
        clearRect.apply(this, area);
      };
      const barAt = (context: CanvasRenderingContext2D, x: number, y: number) => {
        const width = Math.floor(x);
        if (width < 1 || y < 0 || y >= context.canvas.height) return undefined;
        const { data } = context.getImageData(0, Math.round(y), width, 1);
        for (let at = width - 1; at >= 0; at--) {
          const [red = 0, green = 0, blue = 0, alpha = 0] = data.subarray(at * 4, at * 4 + 4);
          for (const [group, [r = 0, g = 0, b = 0]] of Object.entries(colours)) {
            const near = Math.abs(red - r) + Math.abs(green - g) + Math.abs(blue - b) < 40;
            if (near && alpha > 200) return { group, end: at + 1 };
          }
        }
        return undefined;
      };
      CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
        if (this.canvas.closest('figure.chart')) {
          // Where the text lands on the canvas (Chart.js writes ticks at a translated origin), in its CSS
          // pixels, which are the slide's: the canvas's own width over its resolution.
          const transform = this.getTransform();
          const device = {
            x: transform.a * x + transform.c * y + transform.e,
            y: transform.b * x + transform.d * y + transform.f,
          };
          const ratio = this.canvas.width / (this.canvas.offsetWidth || this.canvas.width);
          const size = Number(/(\d+(?:\.\d+)?)px/.exec(this.font)?.[1] ?? 0);
          const isValue = this.textAlign === 'left' && /^\d+%$/.test(text);
          const found = isValue ? barAt(this, device.x, device.y) : undefined;
          texts.push({
            frame: document.timeline.currentTime,
            draw,
            text,
            size,
            x: device.x / ratio,
            y: device.y / ratio,
            align: this.textAlign,
            ...(found ? { bar: { group: found.group, end: found.end / ratio } } : {}),
          });
        }
        fillText.call(this, text, x, y, maxWidth);
      };
    },
    { key: RECORD, colours },
  );
}

/** What the chart canvases have written since `recordChartTexts`, and forgets it. */
export function takeChartTexts(page: Page): Promise<WrittenText[]> {
  return page.evaluate((key) => {
    const texts = (window as unknown as Record<string, WrittenText[]>)[key] ?? [];
    return texts.splice(0);
  }, RECORD);
}

/**
 * The value labels among written texts, frame by frame: those of each frame's last draw, which is what
 * the screen shows of it.
 */
export function valueLabelsByFrame(texts: readonly WrittenText[]): WrittenText[][] {
  const lastDraw = new Map<number, number>();
  for (const text of texts) lastDraw.set(text.frame, Math.max(text.draw, lastDraw.get(text.frame) ?? 0));
  const frames = new Map<number, WrittenText[]>();
  for (const text of texts) {
    if (text.align !== 'left' || !/^\d+%$/.test(text.text) || text.draw !== lastDraw.get(text.frame))
      continue;
    frames.set(text.frame, [...(frames.get(text.frame) ?? []), text]);
  }
  return [...frames.values()];
}

function hexToRgb(hex: string): number[] {
  return [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
}
