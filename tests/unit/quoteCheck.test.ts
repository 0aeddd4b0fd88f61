import { describe, expect, it } from 'vitest';
import { numbersInQuote, quoteNearLine, quoteStatesNumber } from '../../src/data/quoteCheck';

describe('quoteStatesNumber', () => {
  it.each([
    [1960000, '1,96 млн тонн'],
    [3144000, '3,144 thousand tons'],
    [106100000, '$ 106.1 million'],
    [5900000, 'to 5.9mn tonnes in 2015'],
    [1610000, 'the overall transshipped 1 million 610,000 tons'],
    [10769200, '10 млн 769,2 тыс. тонн'],
    [14000, '14 min ədədi'],
    [250000, '250 bin ton yük'],
    [1500000, 'полтора миллиона тонн'],
    [759000, '759,000 tons in 2019'],
    [1200000, '1,2 млн баррелей в сутки']
  ])('finds %d in "%s"', (value, quote) => {
    expect(quoteStatesNumber(value, quote)).toBe(true);
  });
  it.each([
    [1700000, 'During 9 months of 2020, 1.6 million tons of cargo delivered'],
    [2500000, '2.4 Mt of dry cargo'],
    [196, '1,96 млн тонн']
  ])('rejects %d in "%s"', (value, quote) => {
    expect(quoteStatesNumber(value, quote)).toBe(false);
  });
  it('accepts a fall recorded as a negative change only when the quote says the quantity went down', () => {
    expect(quoteStatesNumber(-43, 'fell by 43% y/y to 5.9mn tonnes in 2015')).toBe(true);
    expect(quoteStatesNumber(-16, 'The number of TEU containers fell by 16 percent to 43,900.')).toBe(true);
    expect(quoteStatesNumber(-3.7, 'bu da illik müqayisədə 3,7% azdır')).toBe(true);
    expect(quoteStatesNumber(-14, 'which is 14 percent more than the figure for the same period')).toBe(false);
    expect(quoteStatesNumber(-5, 'fell by 43% y/y to 5.9mn tonnes')).toBe(false);
  });
  it('reads both the English and the Russian meaning of a comma', () => {
    const n = numbersInQuote('3,144');
    expect(n.has(3144)).toBe(true);
    expect(n.has(3.144)).toBe(true);
  });
});

describe('quoteNearLine', () => {
  const text = ['first line', 'the port handled 3.8 million', 'tons in 2022', 'фи-', 'нансовым', 'end'].join('\n');
  it('finds a quote across a line break within two lines', () => {
    expect(quoteNearLine(text, 2, 'handled 3.8 million tons in 2022')).toBe(true);
    expect(quoteNearLine(text, 4, 'tons in 2022')).toBe(true);
  });
  it('joins a word hyphenated at a line end', () => {
    expect(quoteNearLine(text, 4, 'финансовым')).toBe(true);
  });
  it('rejects a quote far from its line', () => {
    expect(quoteNearLine(text, 6, 'first line')).toBe(false);
  });
});
