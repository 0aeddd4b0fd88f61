// Where the floating parts of the interface sit over the map, in pixels, so the map can keep what it shows in the part
// nobody covers (MapLibre `padding`) and the tooltip can stay inside it. The CSS reads these numbers as variables.

/** Screens this wide or narrower get the phone layout. Keep in step with the `@media (max-width: 600px)` blocks. */
export const PHONE_MAX_WIDTH = 600;
export const PHONE_QUERY = `(max-width: ${PHONE_MAX_WIDTH}px)`;

/** Gap between a floating box and the map's edge or another box. */
export const GAP_PX = 12;
/** Width of the left column (places and legend) on wide screens. */
export const LEFT_COLUMN_PX = 256;
/** Share of the map area's height a phone's bottom sheet opens at. */
export const SHEET_REST_FRACTION = 0.4;
/** Height of the row of fold-out buttons (places, legend) at the top of a phone's map. */
export const PHONE_TOP_ROW_PX = 44;
/** Height of the embed's top row (the link to the full atlas, beside the zoom buttons), px. */
export const EMBED_TOP_ROW_PX = 36;

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Width of the side panel on wide screens: a third of the map, between 300 and 450 px. */
export function sidePanelWidth(areaWidth: number): number {
  return Math.round(Math.min(450, Math.max(300, areaWidth * 0.34)));
}

/** Height of a phone's bottom sheet at rest (opened, not expanded). */
export function sheetRestHeight(areaHeight: number): number {
  return Math.round(areaHeight * SHEET_REST_FRACTION);
}

export interface CoverInput {
  phone: boolean;
  areaWidth: number;
  areaHeight: number;
  /** Whether a details panel (side panel or bottom sheet) is open. */
  panelOpen: boolean;
  /** Embedded (`?embed=1`): the "open in the atlas" link and the zoom buttons take a row at the top. */
  embed?: boolean;
}

/**
 * The strips of the map area that floating boxes cover: on wide screens the left column and the side panel; on phones
 * the fold-out buttons at the top and the bottom sheet at its resting height (an expanded sheet hides the whole map, so
 * it does not move it). Embedded on a wide screen, also the top row with the link to the full atlas.
 */
export function coveredInsets(o: CoverInput): Insets {
  if (o.phone)
    return {
      top: GAP_PX + PHONE_TOP_ROW_PX,
      right: 0,
      bottom: o.panelOpen ? sheetRestHeight(o.areaHeight) : 0,
      left: 0
    };
  return {
    top: o.embed ? GAP_PX + EMBED_TOP_ROW_PX : 0,
    right: o.panelOpen ? sidePanelWidth(o.areaWidth) : 0,
    bottom: 0,
    left: GAP_PX + LEFT_COLUMN_PX
  };
}

/**
 * Top-left corner for a box of size w×h shown next to a point (x, y), kept inside the uncovered part of an area of
 * size areaW×areaH: to the lower right of the point when it fits, else flipped to the other side, else against the edge.
 */
export function placeBeside(
  x: number,
  y: number,
  w: number,
  h: number,
  areaW: number,
  areaH: number,
  covered: Insets,
  offset = 14
): { left: number; top: number } {
  const minX = covered.left + GAP_PX / 2;
  const maxX = areaW - covered.right - GAP_PX / 2;
  const minY = covered.top + GAP_PX / 2;
  const maxY = areaH - covered.bottom - GAP_PX / 2;
  const along = (p: number, size: number, lo: number, hi: number) => {
    const after = p + offset;
    const before = p - offset - size;
    const pos = after + size <= hi ? after : before >= lo ? before : hi - size;
    return Math.max(lo, Math.min(pos, hi - size));
  };
  return { left: along(x, w, minX, maxX), top: along(y, h, minY, maxY) };
}
