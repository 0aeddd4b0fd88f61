// Where floating boxes cover the map (the map's padding) and where a tooltip goes so it covers none of them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  GAP_PX,
  LEFT_COLUMN_PX,
  PHONE_TOP_ROW_PX,
  coveredInsets,
  EMBED_TOP_ROW_PX,
  placeBeside,
  sheetRestHeight,
  sidePanelWidth
} from '../../src/ui/layout';

describe('coveredInsets', () => {
  it('wide screens: the left column always, the side panel when open', () => {
    const closed = coveredInsets({ phone: false, areaWidth: 1280, areaHeight: 650, panelOpen: false });
    expect(closed).toEqual({ top: 0, right: 0, bottom: 0, left: GAP_PX + LEFT_COLUMN_PX });
    const open = coveredInsets({ phone: false, areaWidth: 1280, areaHeight: 650, panelOpen: true });
    expect(open.right).toBe(sidePanelWidth(1280));
  });

  it('embedded on a wide screen: the top row with the link to the full atlas as well', () => {
    const embed = coveredInsets({ phone: false, areaWidth: 800, areaHeight: 360, panelOpen: false, embed: true });
    expect(embed).toEqual({ top: GAP_PX + EMBED_TOP_ROW_PX, right: 0, bottom: 0, left: GAP_PX + LEFT_COLUMN_PX });
  });

  it('phones: the fold-out buttons at the top, the sheet at its resting 40 % when open', () => {
    const open = coveredInsets({ phone: true, areaWidth: 390, areaHeight: 700, panelOpen: true });
    expect(open).toEqual({ top: GAP_PX + PHONE_TOP_ROW_PX, right: 0, bottom: 280, left: 0 });
    expect(coveredInsets({ phone: true, areaWidth: 390, areaHeight: 700, panelOpen: false }).bottom).toBe(0);
    expect(sheetRestHeight(700)).toBe(280);
  });

  it('the side panel takes a third of the map, between 300 and 450 px', () => {
    expect(sidePanelWidth(1024)).toBe(348);
    expect(sidePanelWidth(700)).toBe(300);
    expect(sidePanelWidth(1920)).toBe(450);
  });
});

describe('placeBeside', () => {
  const none = { top: 0, right: 0, bottom: 0, left: 0 };

  it('goes to the lower right of the point when there is room', () => {
    expect(placeBeside(100, 100, 200, 80, 1000, 600, none)).toEqual({ left: 114, top: 114 });
  });

  it('flips to the other side of the point near the right and bottom edges', () => {
    expect(placeBeside(900, 550, 200, 80, 1000, 600, none)).toEqual({ left: 686, top: 456 });
  });

  it('keeps out of the covered strips whatever the point and size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1280 }),
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 50, max: 330 }),
        fc.integer({ min: 30, max: 200 }),
        fc.boolean(),
        (x, y, w, h, panel) => {
          const covered = coveredInsets({ phone: false, areaWidth: 1280, areaHeight: 700, panelOpen: panel });
          const at = placeBeside(x, y, w, h, 1280, 700, covered);
          expect(at.left).toBeGreaterThanOrEqual(covered.left);
          expect(at.left + w).toBeLessThanOrEqual(1280 - covered.right);
          expect(at.top).toBeGreaterThanOrEqual(0);
          expect(at.top + h).toBeLessThanOrEqual(700);
        }
      )
    );
  });
});
