// Benchmarks of the pure model over the real geodata. Run: npm run bench:model
import { bench, describe } from 'vitest';
import { buildDataset } from '../../src/data/dataset';
import { numbersInQuote } from '../../src/data/quoteCheck';
import { conflictGroups } from '../../src/model/figures';
import { flowFrames, flowViews, maxFlowTonnes } from '../../src/model/flows';
import { yearsWithFlowData } from '../../src/model/flowYear';
import { makeWidthScale } from '../../src/model/scale';
import { readGeodataTexts } from '../unit/helpers';

const texts = readGeodataTexts();
const data = buildDataset(texts);
if (data.issues.length) throw new Error(`geodata has ${data.issues.length} issues`);
const views = flowViews(data);
const scale = makeWidthScale(maxFlowTonnes(views));
const years = yearsWithFlowData(data.flows, data.figures);
const quotes = [...data.figures, ...data.milestones].map((r) => r.quote);

describe('model', () => {
  bench(`flowFrames for all ${years.length} years`, () => {
    for (const y of years) flowFrames(views, y, scale);
  });
  bench('buildDataset from the geodata texts', () => {
    buildDataset(texts);
  });
  bench(`conflictGroups over ${data.figures.length} figures`, () => {
    conflictGroups(data.figures);
  });
  bench(`numbersInQuote over ${quotes.length} quotes`, () => {
    for (const q of quotes) numbersInQuote(q);
  });
});
