// Application state as one runes class: the dataset, the timeline, what is selected, language and view. Only
// App.svelte holds it; every other component gets the few values it draws as props.
import { createSubscriber } from 'svelte/reactivity';
import type { Dataset } from '../data/dataset';
import { panelModel } from '../model/panels';
import { flowViews, maxFlowTonnes, flowFrames, type FlowView, type FlowFrame } from '../model/flows';
import type { Hovered, MapHover } from '../model/hover';
import { yearsWithData } from '../model/flowYear';
import { measureLabel } from '../model/measures';
import { yearEvidence } from '../model/summary';
import { makeAreaScale, makeWidthScale, type AreaScale, type WidthScale } from '../model/scale';
import { maxPortTonnes, portFrames, portViews, type PortFrame, type PortView } from '../model/ports';
import { corridorViews, type CorridorView } from '../model/corridor';
import { mapMarks, type MapMark } from '../model/marks';
import { Timeline, currentYear, type Speed } from '../model/timeline';
import { pick, type Lang } from '../model/i18n';
import { flow, parseSelection, place, sameSelection, type Selection } from '../model/selection';
import { DEFAULT_VIEW, type MapView } from '../model/view';
import { figureHome } from '../model/figureLink';
import type { StoryStep } from '../data/story';
import { parseUrlState, serialiseUrlState, urlBounds } from './url';
import type { UrlProblem } from '../model/linkNotice';

/** A port's or terminal's tooltip: its name and its figures of the year. */
type PlaceTip = Pick<Hovered, 'title' | 'figures'>;

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
  /** The figure a `?fig=` permalink opened: its row is highlighted until the reader moves on (year or selection). */
  focusFigure = $state<string | null>(null);
  /** What of the opening link could not be used (src/state/url.ts), to tell the reader once. */
  linkProblems = $state<readonly UrlProblem[]>([]);
  /** `?embed=1`: the map, timeline and legend only, for an iframe on another page. */
  readonly embed: boolean;
  /** The story step shown (from 0), or null while the story is closed. */
  storyIndex = $state<number | null>(null);
  /** A camera move the app asks the map for (a story step); `seq` makes each request new. */
  viewRequest = $state<{ view: MapView; seq: number } | null>(null);
  /** The port or terminal under the pointer, for its tooltip. */
  hoverPlace = $state<MapHover | null>(null);

  frames: Map<string, FlowFrame> = $derived.by(() => flowFrames(this.views, this.year, this.scale));
  portFrames: Map<string, PortFrame> = $derived.by(() => portFrames(this.ports, this.year, this.areaScale));

  /**
   * The last hovered place's title and figures in the year, by place, year and language: a pointer moving over the
   * same port or terminal reuses them instead of building the place's whole panel again at every move.
   */
  private placeTip: { key: string; tip: PlaceTip | null } | null = null;
  private placeTipFor(id: string): PlaceTip | null {
    const key = `${id}|${this.year}|${this.lang}`;
    if (this.placeTip?.key !== key) {
      const panel = panelModel(place(id), this.data, this.lang);
      const tip = panel && {
        title: panel.title,
        figures: panel.figures.filter((f) => f.year === this.year).slice(0, 6)
      };
      this.placeTip = { key, tip };
    }
    return this.placeTip.tip;
  }

  /** What is hovered, titled, with its value this year; null when nothing with a value is under the pointer. */
  hovered = $derived.by((): Hovered | null => {
    const h = this.hover ?? this.hoverPlace;
    if (!h) return null;
    const at = { x: h.x, y: h.y, pinned: h.pinned };
    if (h.kind === 'place') {
      const tip = this.placeTipFor(h.id);
      return tip ? { ...at, title: tip.title, value: null, figures: tip.figures, selection: place(h.id) } : null;
    }
    if (h.kind === 'port') {
      const v = this.ports.find((p) => p.port.place === h.id);
      const value = this.portFrames.get(h.id)?.value;
      const title = v ? measureLabel(this.data.measures, v.port.measure, this.lang) : '';
      return v && value ? { ...at, title, value, figures: value.figures, selection: place(h.id) } : null;
    }
    const v = this.views.find((x) => x.flow.id === h.id);
    const value = this.frames.get(h.id)?.value;
    const title = v ? pick(v.flow, 'label', this.lang) : '';
    return v && value ? { ...at, title, value, figures: value.figures, selection: flow(h.id) } : null;
  });

  /** Makes a getter reactive: whatever reads it re-runs when the timeline emits a change. */
  readonly #onTimeline: () => void;

  /** The guided tour's steps (geodata/story.json, already checked against the dataset). */
  readonly story: readonly StoryStep[];

  constructor(data: Dataset, opts: { search?: string; reducedMotion?: boolean; story?: readonly StoryStep[] } = {}) {
    this.data = data;
    this.views = flowViews(data);
    this.ports = portViews(data);
    this.corridor = corridorViews(data);
    this.marks = mapMarks(data, this.corridor, this.ports, this.views);
    this.scale = makeWidthScale(maxFlowTonnes(this.views));
    this.areaScale = makeAreaScale(maxPortTonnes(this.ports));
    this.reducedMotion = opts.reducedMotion ?? false;
    this.story = opts.story ?? [];
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
    const fromUrl = parseUrlState(opts.search ?? '', { ...urlBounds(data, allYears), storySteps: this.story.length });
    if (fromUrl.year !== undefined) this.timeline.setYear(fromUrl.year);
    this.selection = fromUrl.selection ?? null;
    this.lang = fromUrl.lang ?? 'en';
    this.view = fromUrl.view ?? DEFAULT_VIEW;
    this.viewFromUrl = fromUrl.view !== undefined;
    this.showTable = fromUrl.table ?? false;
    this.animateFlows = !this.reducedMotion;
    this.embed = fromUrl.embed ?? false;
    if (fromUrl.fig) this.openFigure(fromUrl.fig);
    else if (fromUrl.story !== undefined) this.openStory(fromUrl.story - 1);
    // After opening them: opening a figure or a story step selects, and a selection clears the notice.
    this.linkProblems = fromUrl.problems ?? [];
    // Moving to another year leaves the permalinked figure behind.
    let shownYear = this.timeline.year;
    this.timeline.subscribe(() => {
      if (this.timeline.year !== shownYear) this.focusFigure = null;
      shownYear = this.timeline.year;
    });
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
    if (!sameSelection(selection, this.selection)) this.focusFigure = null;
    // The notice about what of the link could not be used has done its job once the reader picks something.
    this.linkProblems = [];
    this.selection = selection;
  }

  /** Shows story step `index` (from 0): its year, selection and view; the camera flies there (jumps under reduced motion). */
  openStory(index: number) {
    const steps = this.story;
    const i = Math.min(steps.length - 1, Math.max(0, index));
    const step = steps[i];
    if (!step) return;
    this.timeline.pause();
    this.timeline.setYear(step.year);
    this.select(step.selection ? parseSelection(step.selection) : null);
    this.showTable = false;
    this.storyIndex = i;
    this.view = step.view;
    this.viewRequest = { view: step.view, seq: (this.viewRequest?.seq ?? 0) + 1 };
  }

  closeStory() {
    this.storyIndex = null;
  }

  /** Opens a figure where it lives: its item's panel (or the data table) at its year, its row highlighted. */
  openFigure(id: string): boolean {
    const home = figureHome(id, this.data);
    if (!home) return false;
    if (home.year !== null) this.timeline.setYear(home.year);
    this.selection = home.selection;
    if (!home.selection) this.showTable = true;
    this.focusFigure = id;
    return true;
  }

  urlSearch(): string {
    return serialiseUrlState(
      {
        year: this.year,
        selection: this.selection ?? undefined,
        view: this.view,
        playing: this.playing,
        lang: this.lang,
        table: this.showTable,
        fig: this.focusFigure ?? undefined,
        story: this.storyIndex === null ? undefined : this.storyIndex + 1,
        embed: this.embed
      },
      { year: this.defaultYear, view: DEFAULT_VIEW, lang: 'en' }
    );
  }
}
