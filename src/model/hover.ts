// What the map reports when the pointer is over a flow (arc or route), a port circle or a port, or a finger taps a
// flow: which one, and where (map-area pixels); and what the tooltip then shows (AppState.hovered builds it).
import type { Figure } from '../data/schema';
import type { DrawnValue } from './flowYear';
import type { Selection } from './selection';

export interface MapHover {
  /** A flow (deck.gl), a port circle (deck.gl) or a port or terminal point (MapLibre). */
  kind: 'flow' | 'port' | 'place';
  /** The flow's id (flows.json) or the place id (places.geojson). */
  id: string;
  x: number;
  y: number;
  /** Shown by a finger's tap (it stays until a tap elsewhere), not by a hovering mouse. */
  pinned: boolean;
}

/** The hovered (or tapped) flow, port circle or port, titled, with what it shows this year and where the pointer is. */
export interface Hovered {
  title: string;
  /** A flow's or port circle's drawn value this year; null for a port or terminal point (its figures are listed). */
  value: DrawnValue | null;
  /** The figures behind it: the drawn value's, or a place's figures of the year (at most six; its panel has all). */
  figures: readonly Figure[];
  /** Opens its panel. */
  selection: Selection;
  x: number;
  y: number;
  pinned: boolean;
}
