// A figure as a ready citation: plain text in the reader's language, BibTeX and CSL-JSON, from the row and its source.
import type { Figure, Measure, Source, Status } from '../data/schema';
import { formatPeriod, formatQuantity, formatRange, type Lang } from './format';
import { figurePermalink } from './figureLink';
import { pick } from './i18n';

type Qualifier = NonNullable<Figure['qualifier']>;
/** What names a source and the place in it: a figure's or a milestone's `source` and `locator`. */
type SourceRef = Pick<Figure, 'source' | 'locator'>;

/** The words a citation is made of, in one language (supplied by the i18n module, never written here). */
export interface CitationWords {
  lang: Lang;
  /** Status as a citation states it: "actual", "forecast", "part of year"… */
  status: Record<Status, string>;
  qualifier: Record<Qualifier, string>;
  /** "running total to {year}" */
  runningTotalTo: string;
  /** "target" (a figure for no particular year) */
  target: string;
  /** "{year} against {base}" for a change or a share */
  against: string;
  source: string;
  quote: string;
  /** Introduces the English rendering of a quote in another language. */
  english: string;
  line: string;
  /** Replaces "n.d." (no date) in a source's date. */
  undated: string;
  atlas: string;
  figure: string;
  /** "accessed {date}" */
  accessed: string;
  /** Introduces the arithmetic of a derived figure. */
  derivedBy: string;
  /** "computed from figure {ids}" */
  computedFrom: string;
  /** Locale for the access date in the text, e.g. en-GB, ru-RU. */
  dateLocale: string;
  /** Opening and closing quotation marks. */
  quoteMarks: readonly [string, string];
}

export interface CiteInput {
  figure: Figure;
  /** The row's source (undefined when sources.csv lacks it: the id is cited bare). */
  source: Source | undefined;
  measure: Measure | undefined;
  words: CitationWords;
  /** The page the reader is on; the permalink keeps its address and names only the figure. */
  pageUrl: string;
  accessed: Date;
}

export interface CslDate {
  'date-parts'?: number[][];
  literal?: string;
}

/** One CSL-JSON item (the fields reference managers read: Zotero, Mendeley, pandoc-citeproc). */
export interface CslItem {
  id: string;
  type: 'webpage' | 'article';
  title?: string;
  author?: { literal: string }[];
  'container-title'?: string;
  publisher?: string;
  issued?: CslDate;
  accessed: CslDate;
  URL?: string;
  language?: string;
  note: string;
}

export interface Citation {
  text: string;
  bibtex: string;
  /** CSL-JSON: an array with one item, as reference managers import it. */
  csl: string;
  cslItem: CslItem;
  permalink: string;
}

const isLineNumber = (s: string) => /^\d+$/.test(s.trim());
const isUrl = (s: string) => /^https?:\/\//.test(s.trim());

/** A source date as YYYY, YYYY-MM or YYYY-MM-DD parts; null for "n.d." and other free text. */
export function dateParts(date: string): number[] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!m) return null;
  return [m[1], m[2], m[3]].filter((x): x is string => x !== undefined).map(Number);
}

const isoDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** "more than 4.8 Mt", "1.4–1.5 Mt", "up to 25 Mt/yr": qualifiers in words, a range as its band. */
export function citedValue(f: Figure, w: CitationWords): string {
  const q = f.qualifier ? `${w.qualifier[f.qualifier]} ` : '';
  if (f.value !== null) return `${q}${formatQuantity(f.value, f.unit, w.lang)}`;
  if (f.value_min !== null && f.value_max !== null)
    return `${q}${formatRange(f.value_min, f.value_max, f.unit, w.lang)}`;
  return '';
}

/** "2023", "Jan–Oct 2024", "running total to 2021", "2024 against 2023", "target". */
export function citedPeriod(f: Figure, w: CitationWords): string {
  const y = f.year === null ? '' : String(f.year);
  let p: string;
  if (f.period === 'year' || f.period === 'day') p = y;
  else if (f.period === 'cumulative') p = y ? w.runningTotalTo.replace('{year}', y) : formatPeriod(f.period, w.lang);
  else if (f.period === 'target') p = y ? `${w.target}, ${y}` : w.target;
  else if (/^\d{4}–\d{4}$/.test(f.period)) p = f.period;
  else p = [formatPeriod(f.period, w.lang), y].filter(Boolean).join(' ');
  if (f.base_year !== null && p) p = w.against.replace('{year}', p).replace('{base}', String(f.base_year));
  return p;
}

/** "1.6 Mt, 2023, actual" — what the number is, for when and with which status. */
export function citedClaim(f: Figure, w: CitationWords): string {
  return [citedValue(f, w), citedPeriod(f, w), w.status[f.status]].filter(Boolean).join(', ');
}

const quoted = (s: string, w: CitationWords) => `${w.quoteMarks[0]}${s}${w.quoteMarks[1]}`;
const localDate = (date: string, w: CitationWords) => date.replace(/^n\.d\./, w.undated);

/** The address a public source is read at: the row's own URL, else the source's. */
function sourceUrl(f: SourceRef, s: Source | undefined): string {
  if (isUrl(f.locator)) return f.locator.trim();
  return s?.url && isUrl(s.url) ? s.url.trim() : '';
}

/** Figure ids a derived row names in its locator ("computed from figure pf-L0025-1"). */
const basedOnIds = (f: Figure) => [...f.locator.matchAll(/\b((?:pf|s\d{3})-L\d{4}-\d+)\b/g)].map((m) => m[1] as string);

/**
 * The source as a reader finds it again. Public report: authors or publisher, title, publisher, date, URL.
 * Seed document: authors, title, publisher, date, line N. A missing title leaves publisher, date and link.
 */
export function citedSource(f: SourceRef, s: Source | undefined, w: CitationWords): string {
  if (!s) return [f.source, isLineNumber(f.locator) ? `${w.line} ${f.locator.trim()}` : f.locator].join(', ');
  const url = sourceUrl(f, s);
  const parts = [
    s.authors || s.publisher,
    s.title ? quoted(s.title, w) : '',
    s.authors ? s.publisher : '',
    s.date ? localDate(s.date, w) : '',
    url || (isLineNumber(f.locator) ? `${w.line} ${f.locator.trim()}` : '')
  ];
  return parts.filter(Boolean).join(', ');
}

/** The quote, and its English rendering where the quote is in another language and the reader has not got it. */
function citedQuote(f: Figure, w: CitationWords): string {
  const english = f.quote_en && !['en', w.lang].includes(f.lang) ? ` [${w.english}: ${quoted(f.quote_en, w)}]` : '';
  return `${quoted(f.quote, w)}${english}`;
}

interface Sentences {
  claim: string;
  /** Source and quote; for a derived figure, its arithmetic and the figures it is computed from. */
  evidence: string[];
  /** Where the quote stands in a seed document ("line 65"), for the formats that have no source sentence. */
  locator: string;
  atlas: string;
}

function sentences(c: CiteInput, permalink: string): Sentences {
  const { figure: f, source: s, measure: m, words: w } = c;
  const label = (m ? pick(m, 'label', w.lang) : '') || f.measure;
  const evidence: string[] = [];
  if (f.status === 'derived') {
    evidence.push(`${w.derivedBy}: ${f.scope}`.replace(/\.?$/, '.'));
    const from = basedOnIds(f).map((id) => `${id} (${figurePermalink(c.pageUrl, id, w.lang)})`);
    if (from.length) evidence.push(`${w.computedFrom.replace('{ids}', from.join(', '))}.`);
  } else {
    evidence.push(`${w.source}: ${citedSource(f, s, w)}.`);
    evidence.push(`${w.quote}: ${citedQuote(f, w)}.`);
  }
  return {
    claim: `${citedClaim(f, w)} — ${label}.`,
    evidence,
    locator: isLineNumber(f.locator) ? `${w.line} ${f.locator.trim()}.` : '',
    atlas: `${w.atlas}, ${w.figure} ${f.id}: ${permalink}`
  };
}

function plainText(c: CiteInput, t: Sentences): string {
  const w = c.words;
  const accessed = new Intl.DateTimeFormat(w.dateLocale, { day: 'numeric', month: 'long', year: 'numeric' }).format(
    c.accessed
  );
  return [t.claim, ...t.evidence, `${t.atlas} (${w.accessed.replace('{date}', accessed)}).`].join(' ');
}

/** The note reference managers keep with the entry: what the number is, the quote, and the atlas's permalink. */
function noteText(c: CiteInput, t: Sentences): string {
  const quote = c.figure.status === 'derived' ? t.evidence : t.evidence.slice(1);
  return [t.claim, ...quote, t.locator, `${t.atlas}.`].filter(Boolean).join(' ');
}

/**
 * Escapes text for a braced BibTeX field value: LaTeX's special characters, and braces as text commands (BibTeX
 * counts every brace, escaped or not, when it looks for the end of a field).
 */
export function bibtexEscape(s: string): string {
  return s.replace(/[\\{}&%$#_~^]/g, (ch) => {
    switch (ch) {
      case '\\':
        return '\\textbackslash{}';
      case '{':
        return '\\textbraceleft{}';
      case '}':
        return '\\textbraceright{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      default:
        return `\\${ch}`;
    }
  });
}

/** A URL for a verbatim BibTeX field: only braces (which would end the field) are percent-encoded. */
const bibtexUrl = (u: string) => u.replace(/\{/g, '%7B').replace(/\}/g, '%7D').replace(/\s/g, '%20');

function bibtex(c: CiteInput, note: string): string {
  const { figure: f, source: s } = c;
  const url = sourceUrl(f, s);
  const parts = s ? dateParts(s.date) : null;
  const fields: [string, string][] = [];
  const who = s?.authors || s?.publisher || f.source;
  // Double braces: a corporate or free-text author list is one literal name, not split into "and" parts.
  fields.push(['author', `{${bibtexEscape(who)}}`]);
  if (s?.title) fields.push(['title', bibtexEscape(s.title)]);
  if (s?.publisher) fields.push([url ? 'organization' : 'publisher', bibtexEscape(s.publisher)]);
  if (parts) {
    fields.push(['year', String(parts[0])]);
    fields.push(['date', parts.map((n, i) => (i ? String(n).padStart(2, '0') : String(n))).join('-')]);
  }
  if (url) fields.push(['url', bibtexUrl(url)]);
  fields.push(['urldate', isoDay(c.accessed)]);
  if (s?.language) fields.push(['langid', s.language]);
  fields.push(['note', bibtexEscape(note)]);
  const type = url ? 'online' : 'misc';
  const key = `mca:${f.id}`;
  return `@${type}{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

function cslItem(c: CiteInput, note: string): CslItem {
  const { figure: f, source: s } = c;
  const url = sourceUrl(f, s);
  const parts = s ? dateParts(s.date) : null;
  const a = c.accessed;
  const item: CslItem = {
    id: `mca:${f.id}`,
    type: url ? 'webpage' : 'article',
    accessed: { 'date-parts': [[a.getFullYear(), a.getMonth() + 1, a.getDate()]] },
    note
  };
  if (s?.title) item.title = s.title;
  if (s?.authors) item.author = [{ literal: s.authors }];
  if (s?.publisher) {
    item['container-title'] = s.publisher;
    item.publisher = s.publisher;
  }
  if (parts) item.issued = { 'date-parts': [parts] };
  else if (s?.date) item.issued = { literal: s.date };
  if (url) item.URL = url;
  if (s?.language) item.language = s.language;
  return item;
}

/** Text, BibTeX and CSL-JSON for one figure. Pure: the page address and the access date come in as arguments. */
export function citeFigure(c: CiteInput): Citation {
  const permalink = figurePermalink(c.pageUrl, c.figure.id, c.words.lang);
  const t = sentences(c, permalink);
  const note = noteText(c, t);
  const item = cslItem(c, note);
  return {
    text: plainText(c, t),
    bibtex: bibtex(c, note),
    csl: JSON.stringify([item], null, 2),
    cslItem: item,
    permalink
  };
}
