// Column order of geodata/figures.csv; downloads of a subset use the same columns so they diff cleanly against it.
export const FIGURE_COLUMNS = [
  'id',
  'entity',
  'metric',
  'measure',
  'year',
  'period',
  'base_year',
  'value',
  'value_min',
  'value_max',
  'qualifier',
  'unit',
  'status',
  'scope',
  'source',
  'locator',
  'provenance',
  'quote',
  'quote_en',
  'lang',
  'note'
] as const;
