// Which words the page uses for a geodata file that failed or lost rows: what broke, how many records are lost, and
// what still works without them. The words themselves (English and Russian) are in i18n.ts (LOAD_TEXT); pure, so
// every case is tested in node.
import { DROP_KINDS, fileStatus, reportTotal, type FileProblem, type FileReport } from '../data/fileReport';
import { LOAD_TEXT, type Lang } from './i18n';

function reason(p: FileProblem, r: FileReport, lang: Lang): string {
  const w = LOAD_TEXT[lang];
  switch (p.kind) {
    case 'unreachable':
      return w.unreachable(p.detail);
    case 'http':
      return w.http(p.status);
    case 'timeout':
      return w.timeout(p.seconds);
    case 'empty':
      return w.empty;
    case 'wrong-format':
      return w.notFormat(p.format.toUpperCase()) + (w.looksLike[p.looksLike] ?? '');
    case 'wrong-columns':
      return w.lacksColumns(p.missing.slice(0, 5).join(', ') + (p.missing.length > 5 ? ', …' : ''));
    case 'wrong-shape':
      return p.expected === 'list' ? w.notList(r.unit) : w.notFeatureCollection;
    case 'cut-off':
      return p.line === null ? w.cutOff : w.cutOffAt(p.line);
    case 'fewer-than-expected':
      return w.fewer(r.found, r.expected ?? 0, r.unit);
    case 'rows-dropped': {
      const parts = DROP_KINDS.filter((k) => p.reasons[k] > 0).map((k) => `${p.reasons[k]} ${w.drop[k]}`);
      const first = p.first ? w.firstDropped(r.unit, p.first.row, p.first.field) : '';
      return parts.join(', ') + first;
    }
  }
}

/**
 * One line naming the file, how many records were lost and why: "figures.csv: 0 of 380 rows could be read — the file
 * is not CSV (it is an HTML page)", "figures.csv: 12 of 380 rows dropped — 12 with invalid values (first: row 4, …)".
 * Empty for a clean file.
 */
export function reportHeadline(r: FileReport, lang: Lang): string {
  const status = fileStatus(r);
  if (status === 'ok' || !r.problem) return '';
  const total = reportTotal(r);
  const why = reason(r.problem, r, lang);
  const w = LOAD_TEXT[lang];
  if (status === 'failed') return total === 0 ? w.unreadable(r.file, why) : w.noneRead(r.file, total, r.unit, why);
  return w.dropped(r.file, total - r.kept, total, r.unit, why);
}

export function reportConsequence(r: FileReport, lang: Lang): string {
  const status = fileStatus(r);
  if (status === 'ok') return '';
  return LOAD_TEXT[lang].consequence[r.key]?.[status] ?? '';
}

/** The reports the page must show (failed first, then partial), with their words. */
export function visibleReports(
  reports: readonly FileReport[],
  lang: Lang
): { key: string; file: string; status: 'failed' | 'partial'; headline: string; consequence: string }[] {
  const out = [];
  for (const status of ['failed', 'partial'] as const)
    for (const r of reports)
      if (fileStatus(r) === status)
        out.push({
          key: r.key,
          file: r.file,
          status,
          headline: reportHeadline(r, lang),
          consequence: reportConsequence(r, lang)
        });
  return out;
}
