// A story step's caption filled from the dataset: each {fig:…} becomes the figure's value as the panels show it, each
// {milestone:…} its date, and each gets a numbered note naming its source.
import type { Dataset } from '../data/dataset';
import type { StoryStep } from '../data/story';
import { PLACEHOLDER_RE } from '../data/story';
import { citedSource, type CitationWords } from './citation';
import { formatFigureValue, type Lang } from './format';

export type CaptionPart =
  | { kind: 'text'; text: string }
  /** A figure's year: no note of its own (the figure's value carries it). */
  | { kind: 'year'; id: string; text: string }
  | { kind: 'fig' | 'milestone'; id: string; text: string; note: number };

export interface StoryNote {
  n: number;
  kind: 'fig' | 'milestone';
  id: string;
  /** The source as citations name it (publisher, title, date, URL or line). */
  source: string;
  /** The source's web address, when it has one. */
  url: string | null;
  /** The figure behind a number (its permalink opens its row); null for a milestone. */
  figureId: string | null;
}

export interface StoryCaption {
  parts: CaptionPart[];
  notes: StoryNote[];
  /** Placeholders the dataset does not resolve (shown as "?" and reported by the data checks). */
  missing: string[];
}

const LOCALE: Record<Lang, string> = { en: 'en-GB', ru: 'ru-RU' };

/** A milestone date at the precision it is recorded with: "25 May 2005", "March 2023", "2017". */
export function formatMilestoneDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || !Number.isFinite(y)) return date;
  if (m === undefined) return String(y);
  const at = new Date(Date.UTC(y, m - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions =
    d === undefined
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALE[lang], opts).format(at);
}

/** Fills a step's caption in one language; the words are the citation words (for the notes' sources). */
export function storyCaption(step: StoryStep, data: Dataset, words: CitationWords): StoryCaption {
  const lang = words.lang;
  const template = step[`caption_${lang}` as const];
  const parts: CaptionPart[] = [];
  const notes: StoryNote[] = [];
  const missing: string[] = [];
  let at = 0;
  for (const m of template.matchAll(PLACEHOLDER_RE)) {
    const whole = m[0];
    const kind = m[1] === 'fig' || m[1] === 'year' ? m[1] : 'milestone';
    const id = m[2] ?? '';
    if (m.index > at) parts.push({ kind: 'text', text: template.slice(at, m.index) });
    at = m.index + whole.length;
    if (kind === 'year') {
      const year = data.figures.find((f) => f.id === id)?.year;
      if (year == null) missing.push(`year:${id}`);
      parts.push({ kind, id, text: year == null ? '?' : String(year) });
      continue;
    }
    const row = kind === 'fig' ? data.figures.find((f) => f.id === id) : data.milestones.find((x) => x.id === id);
    if (!row) {
      missing.push(`${kind}:${id}`);
      parts.push({ kind: 'text', text: '?' });
      continue;
    }
    const src = data.sources.get(row.source);
    const note: StoryNote = {
      n: notes.length + 1,
      kind,
      id,
      source: citedSource(row, src, words),
      url: /^https?:\/\//.test(row.locator) ? row.locator : src?.url || null,
      figureId: kind === 'fig' ? id : null
    };
    notes.push(note);
    const text = 'value' in row ? formatFigureValue(row, lang) : formatMilestoneDate(row.date, lang);
    parts.push({ kind, id, text, note: note.n });
  }
  if (at < template.length) parts.push({ kind: 'text', text: template.slice(at) });
  return { parts, notes, missing };
}
