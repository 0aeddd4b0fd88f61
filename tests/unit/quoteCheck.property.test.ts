// Property tests of the number/quote checks: no input makes them throw, and a number written in any of the ways
// quoteStatesNumber claims to read (digits, grouped thousands, decimals with a scale word in EN/RU, compounds, number
// words, a fall as a negative change) is found, whatever words stand around it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseText, numbersInQuote, quoteNearLine, quoteStatesNumber, scaleOf } from '../../src/data/quoteCheck';

/** Plain words around the number: letters only, so they add no digits of their own, and never a scale word ("m",
 * "k", "bn"), which after a number would rightly change its value. */
const words = fc
  .array(
    fc
      .string({
        unit: fc.constantFrom(...Array.from('abcdefghijklmnopqrstuvwxyzабвгдежзиклмнопрстуфхцчшщыэюяəğış')),
        minLength: 1,
        maxLength: 8
      })
      .filter((w) => scaleOf(w) === null),
    { maxLength: 5 }
  )
  .map((ws) => ws.join(' '));
/** Puts a written number between words, with a space on each side as in running text. */
const inText = (phrase: fc.Arbitrary<{ text: string; value: number }>) =>
  fc.tuple(words, phrase, words).map(([a, p, b]) => ({ quote: `${a} ${p.text} ${b}`.trim(), value: p.value }));

const group = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

const SCALES: [string, number][] = [
  ['thousand', 1e3],
  ['тыс.', 1e3],
  ['тысяч', 1e3],
  ['million', 1e6],
  ['millions', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['млн', 1e6],
  ['миллиона', 1e6],
  ['billion', 1e9],
  ['bn', 1e9],
  ['млрд', 1e9]
];

const plainInteger = fc.integer({ min: 0, max: 1e12 }).map((n) => ({ text: String(n), value: n }));
const groupedThousands = fc
  .tuple(fc.integer({ min: 1000, max: 999_999_999 }), fc.constantFrom(',', '.', ' ', '\u00a0', '\u202f'))
  .map(([n, sep]) => ({ text: group(n, sep), value: n }));
const decimalWithScale = fc
  .tuple(
    fc.integer({ min: 1, max: 999 }),
    fc.integer({ min: 1, max: 99 }),
    fc.constantFrom('.', ','),
    fc.constantFrom(...SCALES),
    fc.constantFrom(' ', '')
  )
  .map(([whole, frac, dec, [word, scale], gap]) => {
    const digits = frac < 10 ? `${frac}` : `${frac}`.replace(/0$/, '') || '0';
    return { text: `${whole}${dec}${digits}${gap}${word}`, value: (whole + Number(`0.${digits}`)) * scale };
  });
const compound = fc
  .tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 999_999 }), fc.constantFrom('million', 'млн'))
  .map(([a, b, word]) => ({ text: `${a} ${word} ${group(b, ',')}`, value: a * 1e6 + b }));
const compoundRu = fc
  .tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 9 }))
  .map(([a, b, c]) => ({ text: `${a} млн ${b},${c} тыс.`, value: a * 1e6 + (b + c / 10) * 1e3 }));
const numberWords = fc
  .tuple(
    fc.constantFrom<[string, number]>(
      ['two', 2],
      ['five', 5],
      ['twelve', 12],
      ['два', 2],
      ['полтора', 1.5],
      ['три', 3]
    ),
    fc.constantFrom<[string, number]>(['million', 1e6], ['миллиона', 1e6], ['thousand', 1e3], ['billion', 1e9])
  )
  .map(([[w, n], [s, k]]) => ({ text: `${w} ${s}`, value: n * k }));

describe('quote checks never throw', () => {
  it('on arbitrary text, lines and numbers (NaN and infinities included)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'binary' }),
        fc.integer({ min: -5, max: 1e6 }),
        fc.double(),
        (text, quote, line, value) => {
          expect(typeof normaliseText(text)).toBe('string');
          expect(typeof quoteNearLine(text, line, quote)).toBe('boolean');
          expect(numbersInQuote(quote)).toBeInstanceOf(Set);
          expect(typeof quoteStatesNumber(value, quote)).toBe('boolean');
        }
      ),
      { numRuns: 1000 }
    );
  });
});

describe('quoteStatesNumber finds a number written in each way it accepts', () => {
  it.each([
    ['plain digits', plainInteger],
    ['grouped thousands (comma, dot, space, no-break spaces)', groupedThousands],
    ['a decimal (point or comma) with a scale word, spaced or attached', decimalWithScale],
    ['a compound "1 million 610,000"', compound],
    ['a compound "10 млн 769,2 тыс."', compoundRu],
    ['number words "two million", "полтора миллиона"', numberWords]
  ] as const)('%s', (_name, phrase) => {
    fc.assert(
      fc.property(inText(phrase), ({ quote, value }) => {
        expect(quoteStatesNumber(value, quote), `${value} in "${quote}"`).toBe(true);
      }),
      { numRuns: 300 }
    );
  });

  it('a fall recorded as a negative change, in a quote that says it fell', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('fell by', 'decreased by', 'снизился на', 'сократился на', 'azalıb'),
        words,
        (n, verb, around) => {
          expect(quoteStatesNumber(-n, `${around} ${verb} ${n}%`.trim())).toBe(true);
        }
      ),
      { numRuns: 200 }
    );
  });
});
