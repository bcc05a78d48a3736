/** What placing a tooltip needs to know, in CSS pixels of the chart's frame. */
export interface TooltipPlacement {
  /** Where the pointer or the focused goal is, across. */
  readonly anchorX: number;
  /** The top and bottom of the bars the tooltip describes. */
  readonly row: { readonly top: number; readonly bottom: number };
  readonly size: { readonly width: number; readonly height: number };
  readonly frame: { readonly width: number; readonly height: number };
}

/** Room between a tooltip and the bars it describes. */
const CLEARANCE = 12;

/**
 * Returns where a tooltip's top left corner goes so that it never covers the bars it describes: above
 * their row where it fits in the frame, else below it; across, centred on the anchor and kept inside the
 * frame. Pure.
 */
export function placeTooltip({ anchorX, row, size, frame }: TooltipPlacement): {
  left: number;
  top: number;
} {
  const above = row.top - CLEARANCE - size.height;
  const left = Math.min(Math.max(0, anchorX - size.width / 2), Math.max(0, frame.width - size.width));
  return { left, top: above >= 0 ? above : row.bottom + CLEARANCE };
}
