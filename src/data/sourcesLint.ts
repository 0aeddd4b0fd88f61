// What a reader needs to find a source again: publisher, date, a link or document, and never our working notes.
import type { Source } from './schema';

/** YYYY, YYYY-MM or YYYY-MM-DD; or "n.d." for an undated document, optionally with a bracketed estimate. */
export const SOURCE_DATE_RE = /^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|n\.d\.( \[[^\]]+\])?)$/;

/** The columns a reader sees (panels, tooltips, the data table, citations); `provenance` is ours and is not one. */
export const USER_VISIBLE_SOURCE_COLUMNS = ['title', 'authors', 'publisher', 'note'] as const;

/** Words that belong to our bookkeeping: the working file's name and line references into it. */
const WORKING_NOTES_RE = /public-figures|\blines? \d|:L\d+\b|\bL\d{2,4}\b/i;
/** A title that is really a placeholder for a missing one. */
const PLACEHOLDER_TITLE_RE = /\[title|not given|public-figures/i;

export interface SourceProblem {
  id: string;
  field: keyof Source;
  message: string;
}

/** Every reason a source row cannot be cited as it stands; empty when it can. */
export function sourceCitationProblems(s: Source): SourceProblem[] {
  const out: SourceProblem[] = [];
  const add = (field: keyof Source, message: string) => out.push({ id: s.id, field, message });
  if (PLACEHOLDER_TITLE_RE.test(s.title)) add('title', `is a placeholder, not a title: "${s.title}"`);
  for (const col of USER_VISIBLE_SOURCE_COLUMNS)
    if (WORKING_NOTES_RE.test(s[col])) add(col, `names our working notes (move that to provenance): "${s[col]}"`);
  if (!s.url && !s.file) add('url', 'has neither a link nor a document');
  if (!s.publisher) add('publisher', 'has no publisher');
  if (!s.date) add('date', 'has no date (write n.d. when the document is undated)');
  else if (!SOURCE_DATE_RE.test(s.date))
    add('date', `is not YYYY, YYYY-MM, YYYY-MM-DD or n.d. [estimate]: "${s.date}"`);
  return out;
}
