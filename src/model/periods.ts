// What a figure's period means in months, so partial years can be ranked and labelled honestly.
const MONTH_INDEX: Record<string, number> = {
  Feb: 2,
  Mar: 3,
  Apr: 4,
  May: 5,
  Jun: 6,
  Jul: 7,
  Aug: 8,
  Sep: 9,
  Oct: 10,
  Nov: 11
};

/** Months covered by a within-year period (`year` = 12, `Jan–Oct` = 10, `H1` = 6); null for totals that are not one year's part. */
export function monthsCovered(period: string): number | null {
  if (period === 'year') return 12;
  if (period === 'H1' || period === 'H2') return 6;
  if (/^Q[1-4]$/.test(period)) return 3;
  const m = /^Jan–(\w{3})$/.exec(period);
  if (m) return MONTH_INDEX[m[1] ?? ''] ?? null;
  return null;
}

/** True for periods that describe part of one calendar year. */
export const isPartOfYear = (period: string) => {
  const m = monthsCovered(period);
  return m !== null && m < 12;
};
