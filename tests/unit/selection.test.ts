// The typed Selection and its one text form.
import { describe, it, expect } from 'vitest';
import {
  flow,
  formatSelection,
  line,
  parseSelection,
  place,
  sameSelection,
  selectedFlowId
} from '../../src/model/selection';

describe('Selection', () => {
  it.each([place('aktau'), line('btc'), flow('kz_oil_btc')])('$kind:$id round-trips through its text form', (s) => {
    expect(parseSelection(formatSelection(s))).toEqual(s);
  });
  it.each(['', 'aktau', 'place', 'place:', 'bogus:aktau', ':aktau'])('%j is not a selection', (text) => {
    expect(parseSelection(text)).toBeNull();
  });
  it('an id may itself hold a colon (only the first one separates the kind)', () => {
    expect(parseSelection('flow:a:b')).toEqual(flow('a:b'));
  });
  it('compares by kind and id', () => {
    expect(sameSelection(place('aktau'), place('aktau'))).toBe(true);
    expect(sameSelection(place('btc'), line('btc'))).toBe(false);
    expect(sameSelection(null, null)).toBe(true);
    expect(sameSelection(place('aktau'), null)).toBe(false);
  });
  it('names the selected flow only when a flow is selected', () => {
    expect(selectedFlowId(flow('titr'))).toBe('titr');
    expect(selectedFlowId(place('aktau'))).toBeNull();
    expect(selectedFlowId(null)).toBeNull();
  });
});
