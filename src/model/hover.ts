// What the map reports when the pointer is over a flow (arc or route) or a port circle, or a finger taps a flow:
// which one, and where (map-area pixels).

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
