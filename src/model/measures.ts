// Measures for people: a measure's label and definition in the reader's language, and figures grouped by measure with
// each part listed under its whole.
import type { Measure } from '../data/schema';
import type { Lang } from './format';

/** The measure's label in `lang` (the other language, then the id, when measures.csv gives none). */
export function measureLabel(measures: ReadonlyMap<string, Measure>, id: string, lang: Lang): string {
  const m = measures.get(id);
  if (!m) return id;
  return (lang === 'ru' ? m.label_ru || m.label_en : m.label_en || m.label_ru) || id;
}

/** The measure's definition in `lang`, or '' when none is given. */
export function measureDefinition(measures: ReadonlyMap<string, Measure>, id: string, lang: Lang): string {
  const m = measures.get(id);
  if (!m) return '';
  return lang === 'ru' ? m.definition_ru || m.definition_en : m.definition_en || m.definition_ru;
}
