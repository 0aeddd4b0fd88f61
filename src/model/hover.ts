// What the map reports when the pointer is over a flow (arc or route) or a port circle: which one, and where
// (map-area pixels).

export interface MapHover {
  kind: 'flow' | 'port';
  /** The flow's id (flows.json) or the port's place id (places.geojson). */
  id: string;
  x: number;
  y: number;
}
