// URL ⇄ state: round trip, defaults omitted, nonsense dropped or clamped, never thrown.
import { describe, it, expect } from 'vitest';
import { parseUrlState, serialiseUrlState, type UrlBounds, type UrlDefaults, type UrlState } from '../../src/state/url';
import type { UrlProblem } from '../../src/model/linkNotice';

const B: UrlBounds = {
  years: [2015, 2017, 2019, 2020, 2021, 2022, 2023, 2024, 2025],
  placeIds: new Set(['aktau', 'kuryk', 'alat', 'baku']),
  lineIds: new Set(['btc', 'btk']),
  flowIds: new Set(['titr_caspian', 'kz_oil_btc']),
  corridorIds: new Set(['titr'])
};
const D: UrlDefaults = { year: 2024, view: { center: [47.5, 41.2], zoom: 5 }, lang: 'en' };

describe('round trip', () => {
  const states: UrlState[] = [
    {},
    { year: 2019 },
    { selection: { kind: 'place', id: 'aktau' } },
    { selection: { kind: 'line', id: 'btc' } },
    { selection: { kind: 'flow', id: 'kz_oil_btc' } },
    { selection: { kind: 'corridor', id: 'titr' } },
    { view: { center: [44.123, 40.5], zoom: 6.25 } },
    { playing: true },
    { lang: 'ru' },
    { table: true },
    {
      year: 2015,
      selection: { kind: 'line', id: 'btk' },
      view: { center: [35.9, 36.88], zoom: 8 },
      playing: true,
      lang: 'ru',
      table: true
    }
  ];
  it.each(states.map((s) => [JSON.stringify(s), s] as const))('%s', (_name, s) => {
    const url = serialiseUrlState(s, D);
    expect(parseUrlState(url, B)).toEqual(s);
  });
  it('the corridor panel is written as corridor=<id>; an unknown corridor is ignored', () => {
    expect(serialiseUrlState({ selection: { kind: 'corridor', id: 'titr' } }, D)).toBe('?corridor=titr');
    expect(parseUrlState('?corridor=nowhere', B)).toEqual({
      problems: [{ param: 'corridor', kind: 'unknown', value: 'nowhere' }]
    });
  });
  it('a view survives with three decimals of position and two of zoom', () => {
    const url = serialiseUrlState({ view: { center: [44.12345, 40.98765], zoom: 6.256 } }, D);
    expect(url).toBe('?view=44.123%2C40.988%2C6.26');
    const back = parseUrlState(url, B);
    expect(back.view?.center[0]).toBeCloseTo(44.123, 6);
    expect(back.view?.center[1]).toBeCloseTo(40.988, 6);
    expect(back.view?.zoom).toBeCloseTo(6.26, 6);
  });
  it('keys come out in a fixed order', () => {
    const url = serialiseUrlState(
      { table: true, lang: 'ru', playing: true, selection: { kind: 'place', id: 'alat' }, year: 2020 },
      D
    );
    expect(url).toBe('?year=2020&port=alat&play=1&lang=ru&table=1');
  });
});

describe('defaults are omitted', () => {
  it('an empty state or a state equal to the defaults gives an empty string', () => {
    expect(serialiseUrlState({}, D)).toBe('');
    expect(
      serialiseUrlState(
        { year: 2024, view: { center: [47.5, 41.2], zoom: 5 }, lang: 'en', playing: false, table: false },
        D
      )
    ).toBe('');
  });
  it('a view within rounding of the default is omitted; a real move is not', () => {
    expect(serialiseUrlState({ view: { center: [47.5004, 41.1996], zoom: 5.004 } }, D)).toBe('');
    expect(serialiseUrlState({ view: { center: [47.6, 41.2], zoom: 5 } }, D)).toContain('view=');
    expect(serialiseUrlState({ view: { center: [47.5, 41.2], zoom: 5.5 } }, D)).toContain('view=');
  });
  it('only the non-default values are written', () => {
    expect(serialiseUrlState({ year: 2024, lang: 'ru' }, D)).toBe('?lang=ru');
    expect(serialiseUrlState({ year: 2020, lang: 'en' }, D)).toBe('?year=2020');
  });
  it('a selection without an id is not written', () => {
    expect(serialiseUrlState({ selection: { kind: 'place', id: '' } }, D)).toBe('');
  });
});

describe('nonsense is dropped or clamped, never thrown', () => {
  it.each([
    'year=abc',
    'year=99999',
    'year=-2020',
    'year=2020.5',
    'year=',
    'port=<script>alert(1)</script>',
    'port=nowhere',
    'line=../../etc',
    'flow=%00',
    'view=1,2',
    'view=NaN,1,2',
    'view=1,2,3,4',
    'view=a,b,c',
    'view=Infinity,1,2',
    'view=,,',
    'view=1,2,',
    'lang=fr',
    'lang=RU',
    'play=yes',
    'table=true',
    '%E0%A4%A',
    '&&&=&',
    'year=2020&year=abc'
  ])('%s', (q) => {
    let s: UrlState = {};
    expect(() => (s = parseUrlState(`?${q}`, B))).not.toThrow();
    const bad = ['selection', 'view', 'lang', 'playing', 'table'] as const;
    for (const k of bad) expect(s[k], k).toBeUndefined();
    // A year, when one is read at all, is a data year.
    expect(s.year === undefined || B.years.includes(s.year)).toBe(true);
  });
  it('year=abc and year=99999 are dropped', () => {
    expect(parseUrlState('?year=abc', B).year).toBeUndefined();
    expect(parseUrlState('?year=99999', B).year).toBeUndefined();
  });
  it('a year outside the data is clamped to the nearest end', () => {
    expect(parseUrlState('?year=1900', B).year).toBe(2015);
    expect(parseUrlState('?year=0', B).year).toBe(2015);
    expect(parseUrlState('?year=2099', B).year).toBe(2025);
  });
  it('a year without data snaps to the nearest data year', () => {
    expect(parseUrlState('?year=2016', B).year).toBe(2015); // equidistant: the earlier
    expect(parseUrlState('?year=2018', B).year).toBe(2017);
    expect(parseUrlState('?year=2017', B).year).toBe(2017);
    expect(parseUrlState('?year= 2022 ', B).year).toBe(2022);
    const sparse: UrlBounds = { ...B, years: [2010, 2020] };
    expect(parseUrlState('?year=2014', sparse).year).toBe(2010);
    expect(parseUrlState('?year=2016', sparse).year).toBe(2020);
  });
  it('no data years means no year', () => {
    expect(parseUrlState('?year=2020', { ...B, years: [] }).year).toBeUndefined();
  });
  it('a view outside the box the camera can show (the basemap box, the map maxBounds) is clamped into it', () => {
    expect(parseUrlState('?view=-170,-80,99', B).view).toEqual({ center: [20, 22], zoom: 12 });
    expect(parseUrlState('?view=170,80,0', B).view).toEqual({ center: [72, 56], zoom: 2.5 });
  });
  it('a view with an empty part is dropped, not read as zero', () => {
    expect(parseUrlState('?view=,,', B).view).toBeUndefined();
    expect(parseUrlState('?view=45,,6', B).view).toBeUndefined();
    expect(parseUrlState('?view=45,41,', B).view).toBeUndefined();
  });
  it('ids are matched case-insensitively against the known ids', () => {
    expect(parseUrlState('?port=AKTAU', B).selection).toEqual({ kind: 'place', id: 'aktau' });
    expect(parseUrlState('?line=BTC', B).selection).toEqual({ kind: 'line', id: 'btc' });
  });
  it('a valid selection is kept when another parameter is nonsense; port wins over line and flow', () => {
    expect(parseUrlState('?port=nowhere&line=btk', B).selection).toEqual({ kind: 'line', id: 'btk' });
    expect(parseUrlState('?port=alat&line=btk&flow=titr_caspian', B).selection).toEqual({ kind: 'place', id: 'alat' });
    expect(parseUrlState('?flow=titr_caspian&year=abc&lang=fr', B)).toEqual({
      selection: { kind: 'flow', id: 'titr_caspian' },
      problems: [
        { param: 'year', kind: 'not-a-year', value: 'abc' },
        { param: 'lang', kind: 'unknown', value: 'fr' }
      ]
    });
  });
  it('parses with or without the leading question mark', () => {
    expect(parseUrlState('lang=ru', B)).toEqual({ lang: 'ru' });
    expect(parseUrlState('', B)).toEqual({});
  });
});

describe('figure permalinks, embed and story', () => {
  const BF: UrlBounds = { ...B, figureIds: new Set(['pf-L0141-1', 's004-L0509-1']), storySteps: 7 };
  it('a known figure id round-trips; ids keep their case', () => {
    const url = serialiseUrlState({ fig: 'pf-L0141-1' }, D);
    expect(url).toBe('?fig=pf-L0141-1');
    expect(parseUrlState(url, BF)).toEqual({ fig: 'pf-L0141-1' });
    expect(parseUrlState('?fig=PF-L0141-1', BF)).toEqual({
      problems: [{ param: 'fig', kind: 'unknown', value: 'PF-L0141-1' }]
    });
  });
  it('an unknown figure id is reported, not kept, and never written back', () => {
    const s = parseUrlState('?fig=nope&year=2019', BF);
    expect(s).toEqual({ year: 2019, problems: [{ param: 'fig', kind: 'unknown', value: 'nope' }] });
    expect(serialiseUrlState(s, D)).toBe('?year=2019');
  });
  it('without figure ids every fig is unknown; an empty fig is nothing', () => {
    expect(parseUrlState('?fig=pf-L0141-1', B)).toEqual({
      problems: [{ param: 'fig', kind: 'unknown', value: 'pf-L0141-1' }]
    });
    expect(parseUrlState('?fig=', BF)).toEqual({});
    expect(parseUrlState('?fig=%20%20', BF)).toEqual({});
  });
  it('a very long unknown id is cut for the notice', () => {
    expect(parseUrlState(`?fig=${'x'.repeat(500)}`, BF).problems?.[0]?.value).toHaveLength(80);
  });
  it('embed=1 and story=N round-trip and keep their place in the key order', () => {
    const s: UrlState = {
      year: 2020,
      selection: { kind: 'place', id: 'alat' },
      fig: 'pf-L0141-1',
      story: 3,
      embed: true
    };
    const url = serialiseUrlState(s, D);
    expect(url).toBe('?year=2020&port=alat&fig=pf-L0141-1&story=3&embed=1');
    expect(parseUrlState(url, BF)).toEqual(s);
  });
  it.each([
    ['story=0', 1],
    ['story=99', 7],
    ['story=4', 4],
    ['story= 2 ', 2]
  ])('%s opens step %i (clamped to the steps there are)', (q, n) => {
    expect(parseUrlState(`?${q}`, BF).story).toBe(n);
  });
  it.each(['story=abc', 'story=-1', 'story=2.5', 'story=', 'story=1e3', 'embed=true', 'embed=0'])(
    '%s is ignored',
    (q) => {
      const s = parseUrlState(`?${q}`, BF);
      expect(s.story).toBeUndefined();
      expect(s.embed).toBeUndefined();
    }
  );
  it('story is ignored when there are no steps', () => {
    expect(parseUrlState('?story=2', B).story).toBeUndefined();
  });
});

describe('what of a link could not be used is reported, once per part', () => {
  const BF: UrlBounds = { ...B, figureIds: new Set(['pf-L0141-1']), storySteps: 7 };
  it.each<[string, UrlProblem[]]>([
    ['year=abc', [{ param: 'year', kind: 'not-a-year', value: 'abc' }]],
    ['year=2020.5', [{ param: 'year', kind: 'not-a-year', value: '2020.5' }]],
    ['year=1999', [{ param: 'year', kind: 'no-data', value: '1999', shown: 2015 }]],
    ['year=2018', [{ param: 'year', kind: 'no-data', value: '2018', shown: 2017 }]],
    ['port=zzz', [{ param: 'port', kind: 'unknown', value: 'zzz' }]],
    ['line=../../etc', [{ param: 'line', kind: 'unknown', value: '../../etc' }]],
    ['flow=nope', [{ param: 'flow', kind: 'unknown', value: 'nope' }]],
    ['port=alat&line=btk', [{ param: 'line', kind: 'second-selection', value: 'btk' }]],
    ['view=1,2', [{ param: 'view', kind: 'not-a-view', value: '1,2' }]],
    ['view=45.2,40.6,99', [{ param: 'view', kind: 'outside', value: '45.2,40.6,99' }]],
    ['view=-170,40,5', [{ param: 'view', kind: 'outside', value: '-170,40,5' }]],
    ['lang=fr', [{ param: 'lang', kind: 'unknown', value: 'fr' }]],
    ['play=yes', [{ param: 'play', kind: 'not-a-flag', value: 'yes' }]],
    ['table=true', [{ param: 'table', kind: 'not-a-flag', value: 'true' }]],
    ['embed=2', [{ param: 'embed', kind: 'not-a-flag', value: '2' }]],
    ['story=abc', [{ param: 'story', kind: 'not-a-step', value: 'abc' }]],
    ['story=99', [{ param: 'story', kind: 'no-such-step', value: '99', shown: 7 }]],
    ['story=0', [{ param: 'story', kind: 'no-such-step', value: '0', shown: 1 }]],
    ['fig=nope', [{ param: 'fig', kind: 'unknown', value: 'nope' }]],
    [
      'lang=xx&year=abc&port=zzz',
      [
        { param: 'year', kind: 'not-a-year', value: 'abc' },
        { param: 'port', kind: 'unknown', value: 'zzz' },
        { param: 'lang', kind: 'unknown', value: 'xx' }
      ]
    ]
  ])('%s', (q, problems) => {
    expect(parseUrlState(`?${q}`, BF).problems).toEqual(problems);
  });
  it('a story step with no story to show is reported without a step shown instead', () => {
    expect(parseUrlState('?story=2', B).problems).toEqual([{ param: 'story', kind: 'no-such-step', value: '2' }]);
  });
  it.each([
    '',
    'year=2019',
    'year= 2022 ',
    'port=AKTAU',
    'view=44.5,40.5,6',
    'play=0',
    'table=1',
    'embed=1',
    'story=3',
    'lang=ru',
    'year=&port=&fig=',
    'utm_source=newsletter'
  ])('%s: nothing to report', (q) => {
    expect(parseUrlState(`?${q}`, BF).problems).toBeUndefined();
  });
  it('problems are never written back', () => {
    const s = parseUrlState('?year=abc&port=zzz&lang=xx&story=99', BF);
    expect(s.problems).toHaveLength(4);
    expect(serialiseUrlState(s, D)).toBe('?story=7');
  });
});
