// What the map reports when the pointer is over a flow: which flow, and where (map-area pixels).

export interface FlowHover {
  flowId: string;
  x: number;
  y: number;
}
