// Application state as one runes class: the dataset, the timeline, what is selected, language and view. Only
// App.svelte holds it; every other component gets the few values it draws as props.
import { createSubscriber } from 'svelte/reactivity';
import type { Dataset } from '../data/dataset';
import { flowViews, maxFlowTonnes, flowFrames, type FlowView, type FlowFrame } from '../model/flows';
import type { MapHover } from '../model/hover';
import { yearsWithData, type DrawnValue } from '../model/flowYear';
import { measureLabel } from '../model/measures';
import { yearEvidence } from '../model/summary';
import { makeAreaScale, makeWidthScale, type AreaScale, type WidthScale } from '../model/scale';
import { maxPortTonnes, portFrames, portViews, type PortFrame, type PortView } from '../model/ports';
import { corridorViews, type CorridorView } from '../model/corridor';
import { mapMarks, type MapMark } from '../model/marks';
import { Timeline, currentYear, type Speed } from '../model/timeline';
import { pick, type Lang } from '../model/i18n';
import { flow, place, type Selection } from '../model/selection';
import { DEFAULT_VIEW, type MapView } from '../model/view';
import { parseUrlState, serialiseUrlState, urlBounds } from './url';

/** The hovered (or tapped) flow or port circle, titled, with its value this year and where the pointer is. */
export interface Hovered {
  title: string;
  value: DrawnValue;
  /** Opens its panel. */
  selection: Selection;
  x: number;
  y: number;
  pinned: boolean;
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
  /** The one source of truth for year, playing, speed and loop; the getters below read it. */
  readonly timeline: Timeline;
  readonly defaultYear: number;
  readonly reducedMotion: boolean;
  /** Whether the link named a map view (then the map opens exactly there instead of fitting the corridor). */
  readonly viewFromUrl: boolean;

  selection = $state<Selection | null>(null);
  lang = $state<Lang>('en');
  view = $state<MapView>(DEFAULT_VIEW);
  showTable = $state(false);
  animateFlows = $state(true);
  /** The flow or port circle under the pointer and where the pointer is (map-area pixels), or null. */
  hover = $state<MapHover | null>(null);

  frames: Map<string, FlowFrame> = $derived.by(() => flowFrames(this.views, this.year, this.scale));
  portFrames: Map<string, PortFrame> = $derived.by(() => portFrames(this.ports, this.year, this.areaScale));

  /** What is hovered, titled, with its value this year; null when nothing with a value is under the pointer. */
  hovered = $derived.by((): Hovered | null => {
    const h = this.hover;
    if (!h) return null;
    const at = { x: h.x, y: h.y, pinned: h.pinned };
    if (h.kind === 'port') {
      const v = this.ports.find((p) => p.port.place === h.id);
      const value = this.portFrames.get(h.id)?.value;
      const title = v ? measureLabel(this.data.measures, v.port.measure, this.lang) : '';
      return v && value ? { ...at, title, value, selection: place(h.id) } : null;
    }
    const v = this.views.find((x) => x.flow.id === h.id);
    const value = this.frames.get(h.id)?.value;
    return v && value ? { ...at, title: pick(v.flow, 'label', this.lang), value, selection: flow(h.id) } : null;
  });

  /** Makes a getter reactive: whatever reads it re-runs when the timeline emits a change. */
  readonly #onTimeline: () => void;

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
    this.#onTimeline = createSubscriber((update) => this.timeline.subscribe(update));
    // Open on the latest year backed by full-year actual figures, not on a year that only has plans.
    const latestActual = [...allYears].reverse().find((y) => yearEvidence(this.marks, y) === 'actual');
    if (latestActual !== undefined) this.timeline.setYear(latestActual);
    this.defaultYear = this.timeline.year;
    const fromUrl = parseUrlState(opts.search ?? '', urlBounds(data, allYears));
    if (fromUrl.year !== undefined) this.timeline.setYear(fromUrl.year);
    this.selection = fromUrl.selection ?? null;
    this.lang = fromUrl.lang ?? 'en';
    this.view = fromUrl.view ?? DEFAULT_VIEW;
    this.viewFromUrl = fromUrl.view !== undefined;
    this.showTable = fromUrl.table ?? false;
    this.animateFlows = !this.reducedMotion;
    // Autoplay from a shared link, but never under prefers-reduced-motion.
    if (fromUrl.playing && !this.reducedMotion) this.timeline.play();
  }

  get year(): number {
    this.#onTimeline();
    return this.timeline.year;
  }
  get playing(): boolean {
    this.#onTimeline();
    return this.timeline.isPlaying;
  }
  get speed(): Speed {
    this.#onTimeline();
    return this.timeline.state.speed;
  }
  get loop(): boolean {
    this.#onTimeline();
    return this.timeline.state.loop;
  }
  get years(): readonly number[] {
    return this.timeline.years;
  }
  /** Pulses move along the arcs only when the reader wants it and does not prefer reduced motion. */
  get animatePulses(): boolean {
    return this.animateFlows && !this.reducedMotion;
  }
  /** How long arc widths take to change between years: most of one playback step, none under reduced motion. */
  get transitionMs(): number {
    this.#onTimeline();
    return this.reducedMotion ? 0 : Math.min(900, this.timeline.interval * 0.6);
  }

  /** Stops playback and drops the timeline's listeners (before the dataset is loaded again). */
  dispose() {
    this.timeline.dispose();
  }

  select(selection: Selection | null) {
    this.selection = selection;
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
