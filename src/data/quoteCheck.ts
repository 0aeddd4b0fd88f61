// Checks that a figure's number is the number written in its quote (allowing scale words such as "млн", "thousand",
// compounds such as "1 million 610,000" or "10 млн 769,2 тыс") and that a quote stands where its locator says.

/** Collapses whitespace and drops markdown escapes and bold markers, which differ between a text and its quotation. */
export function normaliseText(s: string): string {
  return s
    .replace(/\\([^\w\s])/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/[\s\u00a0\u202f\u2009]+/g, ' ')
    .trim();
}

/** True when `quote` occurs in the lines `line-2 … line+2` (1-based) of `text`, after normalising both. */
export function quoteNearLine(text: string, line: number, quote: string): boolean {
  const lines = text.split('\n');
  const raw = lines.slice(Math.max(0, line - 3), line + 2);
  const q = normaliseText(quote);
  // Text converted from PDF breaks words at line ends ("фи-" / "нансовым"): accept the word joined back too.
  const joined = raw.join('\n').replace(/(\p{L})-[ \t]*\n[ \t]*(\p{Ll})/gu, '$1$2');
  return normaliseText(raw.join(' ')).includes(q) || normaliseText(joined).includes(q);
}

const SCALE_WORDS: [RegExp, number][] = [
  [/^(thousand|тыс\.?|тысяч\p{L}*|мың\p{L}*|bin|min|k|kt)$/iu, 1e3],
  [/^(million\p{L}*|mln|mn|млн\.?|миллион\p{L}*|milyon|mio|mt|mbpd|mbbl|m)$/iu, 1e6],
  [/^(billion|bn|bln|млрд\.?|миллиард\p{L}*|milyar|milyard|milliard)$/iu, 1e9],
  [/^(trillion|трлн\.?)$/iu, 1e12]
];
/** The multiplier a scale word stands for ("млн" → 1e6, "k" → 1e3), or null for any other word. */
export const scaleOf = (word: string): number | null => {
  for (const [re, s] of SCALE_WORDS) if (re.test(word)) return s;
  return null;
};

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  half: 0.5,
  dozen: 12,
  один: 1,
  одна: 1,
  одного: 1,
  два: 2,
  две: 2,
  двух: 2,
  три: 3,
  трех: 3,
  трёх: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  двадцать: 20,
  тридцать: 30,
  сто: 100,
  полтора: 1.5,
  полторы: 1.5,
  бір: 1,
  екі: 2,
  үш: 3,
  төрт: 4,
  бес: 5
};

/** All readings of one numeral token: "3,144" is 3144 in English and 3.144 in Russian, so both are kept. */
function readings(tok: string): number[] {
  const v = tok.replace(/[.,]$/, '');
  const out = new Set<number>();
  if (/^\d+$/.test(v)) out.add(Number(v));
  if (/^\d{1,3}([.,]\d{3})+$/.test(v)) out.add(Number(v.replace(/[.,]/g, '')));
  if (/^\d{1,3}(,\d{3})+\.\d+$/.test(v)) out.add(Number(v.replace(/,/g, '')));
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(v)) out.add(Number(v.replace(/\./g, '').replace(',', '.')));
  if (/^\d+[.,]\d+$/.test(v)) out.add(Number(v.replace(',', '.')));
  return [...out].filter(Number.isFinite);
}

interface NumToken {
  values: number[];
  /** Scale word written right after the number ("5.9mn", "1,96 млн"), if any. */
  scale: number | null;
}

function tokens(q: string): NumToken[] {
  const out: NumToken[] = [];
  // A numeral: digits with thousand separators (space, comma, dot) or a decimal part, then an optional scale word.
  const re = /(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)\s*(\p{L}+\.?)?/gu;
  for (const m of q.matchAll(re)) {
    const num = m[1] ?? '';
    const values = new Set<number>();
    const compact = num.replace(/[ \u00a0\u202f]/g, '');
    for (const r of readings(compact)) values.add(r);
    // A space-grouped run may also be two numbers ("2019 229"): keep each piece too.
    for (const piece of num.split(/[ \u00a0\u202f]+/)) for (const r of readings(piece)) values.add(r);
    out.push({ values: [...values], scale: m[2] ? scaleOf(m[2]) : null });
  }
  return out;
}

/** Every number a careful reader could take the quote to state, in base units. */
export function numbersInQuote(quote: string): Set<number> {
  const q = normaliseText(quote);
  const toks = tokens(q);
  const out = new Set<number>();
  const scalesAnywhere = [
    1,
    ...SCALE_WORDS.map(([, s]) => s).filter((s) => q.split(/[^\p{L}.]+/u).some((w) => scaleOf(w) === s))
  ];
  for (const t of toks)
    for (const v of t.values) {
      for (const s of scalesAnywhere) out.add(v * s);
      if (t.scale) out.add(v * t.scale);
    }
  // Compounds: "1 million 610,000" → 1,610,000; "10 млн 769,2 тыс" → 10,769,200.
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i] as NumToken;
    const b = toks[i + 1] as NumToken;
    if (!a.scale) continue;
    for (const av of a.values)
      for (const bv of b.values) {
        const bScaled = bv * (b.scale ?? 1);
        if (bScaled < a.scale) out.add(av * a.scale + bScaled);
      }
  }
  const lower = q.toLowerCase();
  for (const [w, n] of Object.entries(WORD_NUMBERS))
    if (new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'u').test(lower)) for (const s of scalesAnywhere) out.add(n * s);
  return out;
}

/** Words (EN, RU, AZ, KK, TR) that say a quantity went down, so "fell by 43%" may be recorded as a change of −43. */
const DECREASE_RE =
  /\b(fell|fall(?:s|en|ing)?|decreas\w*|declin\w*|dropp?\w*|down|lower|reduc\w*)\b|(сниз\p{L}*|сниж\p{L}*|сократ\p{L}*|уменьш\p{L}*|упал\p{L}*|падени\p{L}*|azal\p{L}*|azdır|düş\p{L}*|төменде\p{L}*|азай\p{L}*|қысқар\p{L}*|сокращ\p{L}*)|(?:^|[\s(])[−-]\s?\d/iu;

/**
 * True when the quote states `value`. A negative value (a fall recorded as a negative change) must be stated as its
 * magnitude in a quote that says the quantity went down.
 */
export function quoteStatesNumber(value: number, quote: string): boolean {
  if (value < 0) return DECREASE_RE.test(quote) && quoteStatesNumber(-value, quote);
  for (const x of numbersInQuote(quote)) if (Math.abs(x - value) <= 1e-6 * Math.max(1, Math.abs(value))) return true;
  return false;
}
