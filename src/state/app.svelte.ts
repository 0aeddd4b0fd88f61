// Application state as one runes class: the dataset, the timeline, what is selected, language and view.
import type { Dataset } from '../data/dataset';
import { flowViews, maxFlowTonnes, flowFrames, type FlowView, type FlowFrame } from '../model/flows';
import { yearsWithData } from '../model/flowYear';
import { yearEvidence } from '../model/summary';
import { makeAreaScale, makeWidthScale, type AreaScale, type WidthScale } from '../model/scale';
import { maxPortTonnes, portFrames, portViews, type PortFrame, type PortView } from '../model/ports';
import { corridorViews, type CorridorView } from '../model/corridor';
import { mapMarks, type MapMark } from '../model/marks';
import { Timeline, currentYear, type Speed } from '../model/timeline';
import type { Lang } from '../model/format';
import { DEFAULT_VIEW, type MapView } from '../model/view';
import { parseUrlState, serialiseUrlState, urlBounds } from './url';

/** What the pointer is over on the map: a flow (arc or route) or a port circle, and where. */
export interface MapHover {
  kind: 'flow' | 'port';
  id: string;
  x: number;
  y: number;
}

export class AppState {
  readonly data: Dataset;
  readonly views: FlowView[];
  /** Port circles (each port's own throughput) and corridor-wide totals: measures drawn at a place or for the corridor. */
  readonly ports: PortView[];
  readonly corridor: CorridorView[];
  /** Everything drawn, as measures, for the year summary and the timeline's evidence. */
  readonly marks: MapMark[];
  readonly scale: WidthScale;
  /** Circle area ∝ tonnes, one scale for all years. */
  readonly areaScale: AreaScale;
  readonly timeline: Timeline;
  readonly defaultYear: number;
  readonly reducedMotion: boolean;

  year = $state(0);
  playing = $state(false);
  speed = $state<Speed>(1);
  loop = $state(false);
  selection = $state<string | null>(null);
  lang = $state<Lang>('en');
  view = $state<MapView>(DEFAULT_VIEW);
  showTable = $state(false);
  animateFlows = $state(true);
  hover = $state<MapHover | null>(null);

  frames: Map<string, FlowFrame> = $derived.by(() => this.computeFrames());
  portFrames: Map<string, PortFrame> = $derived.by(() => portFrames(this.ports, this.year, this.areaScale));

  constructor(data: Dataset, opts: { search?: string; reducedMotion?: boolean } = {}) {
    this.data = data;
    this.views = flowViews(data);
    this.ports = portViews(data);
    this.corridor = corridorViews(data);
    this.marks = mapMarks(data, this.corridor, this.ports, this.views);
    this.scale = makeWidthScale(maxFlowTonnes(this.views));
    this.areaScale = makeAreaScale(maxPortTonnes(this.ports));
    this.reducedMotion = opts.reducedMotion ?? false;
    const years = yearsWithData(
      this.marks.map((m) => m.measure),
      data.figures
    );
    const allYears = years.length ? years : [currentYear()];
    this.timeline = new Timeline(allYears, { stepMs: this.reducedMotion ? 2500 : 1800 });
    // Open on the latest year backed by full-year actual figures, not on a year that only has plans.
    const latestActual = [...allYears].reverse().find((y) => yearEvidence(this.marks, y) === 'actual');
    if (latestActual !== undefined) this.timeline.setYear(latestActual);
    this.defaultYear = this.timeline.year;
    const fromUrl = parseUrlState(opts.search ?? '', urlBounds(data, allYears));
    if (fromUrl.year !== undefined) this.timeline.setYear(fromUrl.year);
    this.selection = fromUrl.selection ?? null;
    this.lang = fromUrl.lang ?? 'en';
    this.view = fromUrl.view ?? DEFAULT_VIEW;
    this.showTable = fromUrl.table ?? false;
    this.animateFlows = !this.reducedMotion;
    this.syncFromTimeline();
    this.timeline.subscribe(() => this.syncFromTimeline());
    // Autoplay from a shared link, but never under prefers-reduced-motion.
    if (fromUrl.playing && !this.reducedMotion) this.timeline.play();
  }

  private computeFrames(): Map<string, FlowFrame> {
    return flowFrames(this.views, this.year, this.scale);
  }

  get years(): readonly number[] {
    return this.timeline.years;
  }

  private syncFromTimeline() {
    const s = this.timeline.state;
    this.year = s.year;
    this.playing = s.playing;
    this.speed = s.speed;
    this.loop = s.loop;
  }

  /** Stops playback and drops the timeline's listeners (before the dataset is loaded again). */
  dispose() {
    this.timeline.dispose();
  }

  select(id: string | null) {
    this.selection = id;
  }

  urlSearch(): string {
    return serialiseUrlState(
      {
        year: this.year,
        selection: this.selection ?? undefined,
        view: this.view,
        playing: this.playing,
        lang: this.lang,
        table: this.showTable
      },
      { year: this.defaultYear, view: DEFAULT_VIEW, lang: 'en' }
    );
  }
}
