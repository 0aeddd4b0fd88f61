// Application state as one runes class: the dataset, the timeline, what is selected, language and view. Only
// App.svelte holds it; every other component gets the few values it draws as props.
import { createSubscriber } from 'svelte/reactivity';
import type { Dataset } from '../data/dataset';
import { flowViews, maxFlowTonnes, flowFrames, type FlowView, type FlowFrame } from '../model/flows';
import type { FlowHover } from '../model/hover';
import { yearsWithFlowData } from '../model/flowYear';
import { yearEvidence } from '../model/summary';
import { makeWidthScale, type WidthScale } from '../model/scale';
import { Timeline, currentYear, type Speed } from '../model/timeline';
import type { Lang } from '../model/i18n';
import type { Selection } from '../model/selection';
import { DEFAULT_VIEW, type MapView } from '../model/view';
import { parseUrlState, serialiseUrlState, urlBounds } from './url';

export class AppState {
  readonly data: Dataset;
  readonly views: FlowView[];
  readonly scale: WidthScale;
  /** The one source of truth for year, playing, speed and loop; the getters below read it. */
  readonly timeline: Timeline;
  readonly defaultYear: number;
  readonly reducedMotion: boolean;

  selection = $state<Selection | null>(null);
  lang = $state<Lang>('en');
  view = $state<MapView>(DEFAULT_VIEW);
  showTable = $state(false);
  animateFlows = $state(true);
  /** The flow under the pointer and where the pointer is (map-area pixels), or null. */
  hover = $state<FlowHover | null>(null);

  frames: Map<string, FlowFrame> = $derived.by(() => flowFrames(this.views, this.year, this.scale));

  /** The hovered flow with its value this year, or null when nothing with a value is under the pointer. */
  hovered = $derived.by(() => {
    const h = this.hover;
    const view = h ? this.views.find((v) => v.flow.id === h.flowId) : undefined;
    const value = view ? this.frames.get(view.flow.id)?.value : null;
    return h && view && value ? { flow: view.flow, value, x: h.x, y: h.y } : null;
  });

  /** Makes a getter reactive: whatever reads it re-runs when the timeline emits a change. */
  readonly #onTimeline: () => void;

  constructor(data: Dataset, opts: { search?: string; reducedMotion?: boolean } = {}) {
    this.data = data;
    this.views = flowViews(data);
    this.scale = makeWidthScale(maxFlowTonnes(this.views));
    this.reducedMotion = opts.reducedMotion ?? false;
    const years = yearsWithFlowData(data.flows, data.figures);
    const allYears = years.length ? years : [currentYear()];
    this.timeline = new Timeline(allYears, { stepMs: this.reducedMotion ? 2500 : 1800 });
    this.#onTimeline = createSubscriber((update) => this.timeline.subscribe(update));
    // Open on the latest year backed by full-year actual figures, not on a year that only has plans.
    const latestActual = [...allYears].reverse().find((y) => yearEvidence(this.views, y) === 'actual');
    if (latestActual !== undefined) this.timeline.setYear(latestActual);
    this.defaultYear = this.timeline.year;
    const fromUrl = parseUrlState(opts.search ?? '', urlBounds(data, allYears));
    if (fromUrl.year !== undefined) this.timeline.setYear(fromUrl.year);
    this.selection = fromUrl.selection ?? null;
    this.lang = fromUrl.lang ?? 'en';
    this.view = fromUrl.view ?? DEFAULT_VIEW;
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
