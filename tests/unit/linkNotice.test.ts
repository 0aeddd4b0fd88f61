// The notice for the parts of a link the app could not use: every kind of problem has its own words in both
// languages, names the link's text as given and what is shown instead.
import { describe, it, expect } from 'vitest';
import { linkNotice, linkProblemTexts } from '../../src/model/linkNotice';
import { LANGS } from '../../src/model/i18n';
import type { UrlProblem } from '../../src/model/linkNotice';

const ALL: UrlProblem[] = [
  { param: 'year', kind: 'not-a-year', value: 'abc' },
  { param: 'year', kind: 'no-data', value: '1999', shown: 2015 },
  { param: 'port', kind: 'unknown', value: 'zzz' },
  { param: 'line', kind: 'unknown', value: 'l1' },
  { param: 'flow', kind: 'unknown', value: 'f1' },
  { param: 'corridor', kind: 'unknown', value: 'c1' },
  { param: 'fig', kind: 'unknown', value: 'pf-x' },
  { param: 'lang', kind: 'unknown', value: 'xx' },
  { param: 'line', kind: 'second-selection', value: 'btk' },
  { param: 'view', kind: 'not-a-view', value: '1,2' },
  { param: 'view', kind: 'outside', value: '1,2,99' },
  { param: 'story', kind: 'not-a-step', value: 'two' },
  { param: 'story', kind: 'no-such-step', value: '99', shown: 8 },
  { param: 'story', kind: 'no-such-step', value: '3' },
  { param: 'play', kind: 'not-a-flag', value: 'yes' }
];

describe('link notice', () => {
  it.each(LANGS)('%s: one phrase per problem, each naming the link text, no placeholder left', (lang) => {
    const texts = linkProblemTexts(ALL, lang);
    expect(texts).toHaveLength(ALL.length);
    texts.forEach((text, i) => {
      expect(text).toContain((ALL[i] as UrlProblem).value);
      expect(text).not.toMatch(/\{\w+\}/);
    });
    // The kinds are told apart: no two problems read the same.
    expect(new Set(texts).size).toBe(texts.length);
  });
  it('says what is shown instead', () => {
    expect(linkProblemTexts([ALL[1] as UrlProblem], 'en')).toEqual(['no figures for 1999: showing 2015']);
    expect(linkProblemTexts([ALL[1] as UrlProblem], 'ru')).toEqual(['за 1999 г. цифр нет: показан 2015 г.']);
    expect(linkProblemTexts([ALL[12] as UrlProblem], 'en')).toEqual(['no story step 99: showing step 8']);
    expect(linkProblemTexts([ALL[8] as UrlProblem], 'en')).toEqual(['a link opens one item: “line=btk” left out']);
    expect(linkProblemTexts([ALL[14] as UrlProblem], 'en')).toEqual(['“play=yes” not understood (only 1 turns it on)']);
  });
  it('puts the link text in as it is ($& and $1 are not replacement patterns)', () => {
    expect(linkProblemTexts([{ param: 'port', kind: 'unknown', value: '$&$1$$' }], 'en')).toEqual([
      'no port or place “$&$1$$”'
    ]);
  });
  it('one sentence: a lead, then the problems; nothing for a clean link', () => {
    expect(linkNotice(ALL.slice(0, 3), 'en')).toBe(
      'Some of this link could not be used as given: “abc” is not a year; no figures for 1999: showing 2015; ' +
        'no port or place “zzz”.'
    );
    expect(linkNotice([], 'en')).toBe('');
  });
});
