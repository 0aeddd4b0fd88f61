// Claims lint: a row that claims a full-year actual must not rest on a quote that speaks of a forecast, a plan, a
// capacity, a running total or part of a year — unless the row says in `justification` why it is an outturn anyway.
import type { Figure } from './schema';

export interface ClaimWarning {
  id: string;
  /** The words that make the claim doubtful, as found in the quote. */
  words: string[];
  kind: ClaimKind;
}

export type ClaimKind = 'forecast' | 'plan' | 'capacity' | 'ceiling' | 'running_total' | 'part_year' | 'rate';

/** Words (EN and RU) that signal something other than a full calendar year's outturn. Case-insensitive. */
export const CLAIM_WORDS: readonly { kind: ClaimKind; re: RegExp }[] = [
  {
    kind: 'forecast',
    re: /\b(will|would|expected|expects?|forecast\w*|projected|anticipated|is to reach|to reach)\b/i
  },
  { kind: 'forecast', re: /(ожида\p{L}*|прогноз\p{L}*|состав(?:ит|ят)|будет|будут|достигнет|предполага\p{L}*)/iu },
  { kind: 'plan', re: /\b(plan\w*|target\w*|aim\w*|goal|intend\w*|potential|contractual|agreed to|by the end of)\b/i },
  {
    kind: 'plan',
    re: /(план\p{L}*|цел\p{L}*\s+(?:—|-)?|намечен\p{L}*|потенциал\p{L}*|договор\p{L}*|к концу|к 20\d\d)/iu
  },
  { kind: 'capacity', re: /\b(capacity|capacities|designed|can handle|able to handle|throughput capacity)\b/i },
  { kind: 'capacity', re: /(мощност\p{L}*|пропускн\p{L}*|рассчитан\p{L}*)/iu },
  { kind: 'ceiling', re: /\bup to\b/i },
  { kind: 'ceiling', re: /(?:^|[\s(«"])до\s+\d/iu },
  {
    kind: 'running_total',
    re: /\b(since|total of|in total|so far|to date|over the years|cumulative\w*|altogether)\b/i
  },
  {
    kind: 'running_total',
    re: /(с начала\s+(?:года|эксплуатации|работы)|всего\s+за|нарастающ\p{L}*|за все время|с момента)/iu
  },
  {
    kind: 'part_year',
    re: /\b((?:january|jan)\s*[–-]\s*(?!dec)\w+|first (?:half|quarter|\w+ months)|\d+ months|(?:nine|ten|eleven|eight|seven|six|five|four|three|two) months|H1|Q[1-4]|half-year|this year)\b/i
  },
  {
    kind: 'part_year',
    re: /(январ\p{L}*\s*[–-]\s*(?!декабр)\p{L}+|за\s+\d+\s+месяц\p{L}*|за\s+(?:перв\p{L}+|девять|десять|одиннадцать|восемь|семь|шесть|пять|четыре|три|два)\s+\p{L}*\s*месяц\p{L}*|полугоди\p{L}*|квартал\p{L}*|с начала года|в этом году)/iu
  },
  { kind: 'rate', re: /\b(at present|currently|per (?:year|annum|day)|a year|annually)\b/i },
  { kind: 'rate', re: /(в настоящее время|в год|ежегодно|в сутки)/iu }
];

/** True when a row claims a full calendar year's outturn (what the map draws solid). */
export const claimsFullYearActual = (f: Pick<Figure, 'status' | 'period'>) =>
  f.status === 'actual' && f.period === 'year';

/**
 * Rows that claim a full-year actual while their quote (or its English rendering) carries words of a forecast, plan,
 * capacity, ceiling, running total, rate or part of a year, and give no written justification.
 */
export function lintClaims(rows: readonly Figure[]): ClaimWarning[] {
  const out: ClaimWarning[] = [];
  for (const f of rows) {
    if (!claimsFullYearActual(f) || f.justification.trim() !== '') continue;
    const text = `${f.quote} ${f.quote_en}`;
    for (const { kind, re } of CLAIM_WORDS) {
      const m = re.exec(text);
      if (m) {
        out.push({ id: f.id, words: [m[0].trim()], kind });
        break;
      }
    }
  }
  return out;
}
