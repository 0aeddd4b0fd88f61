// Application state as one runes class: the dataset, the timeline, what is selected, language and view.
import type { Dataset } from '../data/dataset';
import { flowViews, maxFlowTonnes, flowFrames, type FlowView, type FlowFrame } from '../model/flows';
import { yearsWithFlowData } from '../model/flowYear';
import { yearEvidence } from '../model/summary';
import { makeWidthScale, type WidthScale } from '../model/scale';
import { Timeline, currentYear, type Speed } from '../model/timeline';
import type { Lang } from '../model/format';
import { DEFAULT_VIEW, type MapView } from '../model/view';
import { figureHome } from '../model/figureLink';
import type { StoryStep } from '../data/story';
import { parseUrlState, serialiseUrlState, urlBounds } from './url';

export class AppState {
  readonly data: Dataset;
  readonly views: FlowView[];
  readonly scale: WidthScale;
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
  hover = $state<{ flowId: string; x: number; y: number } | null>(null);
  /** The figure a `?fig=` permalink opened: its row is highlighted until the reader moves on (year or selection). */
  focusFigure = $state<string | null>(null);
  /** A `?fig=` id the dataset does not know, to tell the reader once. */
  unknownFigure = $state<string | null>(null);
  /** `?embed=1`: the map, timeline and legend only, for an iframe on another page. */
  readonly embed: boolean;
  /** The story step shown (from 0), or null while the story is closed. */
  storyIndex = $state<number | null>(null);
  /** A camera move the app asks the map for (a story step); `seq` makes each request new. */
  viewRequest = $state<{ view: MapView; seq: number } | null>(null);
  /** The port or terminal under the pointer, for its tooltip. */
  hoverPlace = $state<{ placeId: string; x: number; y: number } | null>(null);

  frames: Map<string, FlowFrame> = $derived.by(() => this.computeFrames());

  /** The guided tour's steps (geodata/story.json, already checked against the dataset). */
  readonly story: readonly StoryStep[];

  constructor(data: Dataset, opts: { search?: string; reducedMotion?: boolean; story?: readonly StoryStep[] } = {}) {
    this.data = data;
    this.views = flowViews(data);
    this.scale = makeWidthScale(maxFlowTonnes(this.views));
    this.reducedMotion = opts.reducedMotion ?? false;
    this.story = opts.story ?? [];
    const years = yearsWithFlowData(data.flows, data.figures);
    const allYears = years.length ? years : [currentYear()];
    this.timeline = new Timeline(allYears, { stepMs: this.reducedMotion ? 2500 : 1800 });
    // Open on the latest year backed by full-year actual figures, not on a year that only has plans.
    const latestActual = [...allYears].reverse().find((y) => yearEvidence(this.views, y) === 'actual');
    if (latestActual !== undefined) this.timeline.setYear(latestActual);
    this.defaultYear = this.timeline.year;
    const fromUrl = parseUrlState(opts.search ?? '', { ...urlBounds(data, allYears), storySteps: this.story.length });
    if (fromUrl.year !== undefined) this.timeline.setYear(fromUrl.year);
    this.selection = fromUrl.selection ?? null;
    this.lang = fromUrl.lang ?? 'en';
    this.view = fromUrl.view ?? DEFAULT_VIEW;
    this.showTable = fromUrl.table ?? false;
    this.animateFlows = !this.reducedMotion;
    this.embed = fromUrl.embed ?? false;
    this.unknownFigure = fromUrl.unknownFig ?? null;
    if (fromUrl.fig) this.openFigure(fromUrl.fig);
    else if (fromUrl.story !== undefined) this.openStory(fromUrl.story - 1);
    this.syncFromTimeline();
    this.timeline.subscribe(() => {
      // Moving to another year leaves the permalinked figure behind.
      if (this.timeline.year !== this.year) this.focusFigure = null;
      this.syncFromTimeline();
    });
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
    if (id !== this.selection) this.focusFigure = null;
    // The notice about an unknown permalink has done its job once the reader picks something.
    this.unknownFigure = null;
    this.selection = id;
  }

  /** Shows story step `index` (from 0): its year, selection and view; the camera flies there (jumps under reduced motion). */
  openStory(index: number) {
    const steps = this.story;
    const i = Math.min(steps.length - 1, Math.max(0, index));
    const step = steps[i];
    if (!step) return;
    this.timeline.pause();
    this.timeline.setYear(step.year);
    this.select(step.selection);
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
