// Measures for people: a measure's label and definition in the reader's language, and figures grouped by measure with
// each part listed under its whole.
import type { Measure } from '../data/schema';
import { otherLang, pick, type Lang } from './i18n';

/** The measure's label in `lang` (the other language, then the id, when measures.csv gives none). */
export function measureLabel(measures: ReadonlyMap<string, Measure>, id: string, lang: Lang): string {
  const m = measures.get(id);
  if (!m) return id;
  return pick(m, 'label', lang) || pick(m, 'label', otherLang(lang)) || id;
}

/** The measure's definition in `lang` (or the other language), or '' when none is given. */
export function measureDefinition(measures: ReadonlyMap<string, Measure>, id: string, lang: Lang): string {
  const m = measures.get(id);
  if (!m) return '';
  return pick(m, 'definition', lang) || pick(m, 'definition', otherLang(lang));
}
