// The MapLibre style: an embedded Natural Earth basemap plus the corridor's own lines and places. No network needed.
import type { StyleSpecification, ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Dataset } from '../data/dataset';
import { strings, type Lang } from '../model/i18n';
import { MAP_COLORS } from './colors';
import { VALUE_LABEL_SIZE } from './valueLabels';

/**
 * Layers of the basemap file, public/basemap/basemap.geojson (each feature's `layer`; see public/basemap/PROVENANCE.md).
 * One file, one source: MapLibre clips a source's tiles (a stencil mask per tile) again each time the layer it draws
 * comes from another source than the layer before, so one source per layer cost ~40 more draw calls a frame, and the
 * corridor's four line sources another ~24 (see README, "Performance benchmark").
 */
export const BASEMAP_LAYERS = ['land', 'countries', 'boundaries', 'coastline', 'lakes', 'rivers', 'labels'] as const;

/** Countries the corridor crosses get a slightly warmer land tint (ISO 3166-1 alpha-3). */
const CORRIDOR_COUNTRIES = ['KAZ', 'AZE', 'GEO', 'TUR'];

const REGULAR = ['Noto Sans Regular'];
const BOLD = ['Noto Sans Bold'];

export const nameField = (lang: Lang): ExpressionSpecification => [
  'coalesce',
  ['get', `name_${lang}`],
  ['get', 'name_en'],
  ['get', 'name']
];

export function basemapUrl(base: string): string {
  return new URL('basemap/basemap.geojson', base).href;
}

/** A filter for the features of one layer of the basemap file, with the layer's own filter if it has one. */
function basemapFilter(layer: (typeof BASEMAP_LAYERS)[number], own?: ExpressionSpecification): ExpressionSpecification {
  const mine: ExpressionSpecification = ['==', ['get', 'layer'], layer];
  return own ? ['all', mine, own] : mine;
}

function featureCollection(features: unknown[]) {
  return { type: 'FeatureCollection' as const, features: features as GeoJSON.Feature[] };
}

/**
 * Port names wrap narrower when the map is zoomed out (a phone showing the whole corridor): "Alat (Port of Baku)" on
 * one line would run past a 390 px screen's edge. Widths in ems of the text size, as MapLibre's `text-max-width`.
 */
export const PORT_NAME_WRAP = { belowZoom: 4.5, narrowEms: 6, ems: 10 } as const;

/**
 * Names of the corridor's places. Ports are always drawn (`always`) but still take their room in the collision index,
 * so value labels and lesser names move aside or hide; terminals and other places give way (`never`), trying four
 * sides first. Constant paint and size per layer: each data-driven property would be another shader program.
 */
function placeLabels(
  id: string,
  filter: ExpressionSpecification,
  font: string[],
  size: number,
  overlap: 'always' | 'never',
  lang: Lang,
  maxWidth: number | ExpressionSpecification = 10
) {
  return {
    id,
    type: 'symbol' as const,
    source: 'places',
    filter,
    layout: {
      'text-field': nameField(lang),
      'text-font': font,
      'text-size': size,
      'text-max-width': maxWidth,
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'] as ('left' | 'right' | 'top' | 'bottom')[],
      'text-radial-offset': 0.9,
      'text-justify': 'auto' as const,
      'text-overlap': overlap,
      'text-ignore-placement': false
    },
    paint: { 'text-color': MAP_COLORS.label, 'text-halo-color': '#ffffff', 'text-halo-width': 1.8 }
  };
}

/**
 * The year's value labels (src/map/valueLabels.ts sets the `values` source): placed after the port names and before
 * every other label, in order of size, each trying its own list of sides; hidden rather than overlapping.
 */
const valueLabelLayer: LayerSpecification = {
  id: 'value-labels',
  type: 'symbol',
  source: 'values',
  layout: {
    'text-field': ['get', 'text'],
    'text-font': BOLD,
    'text-size': VALUE_LABEL_SIZE,
    'text-variable-anchor-offset': ['get', 'anchors'],
    'text-justify': 'auto',
    'symbol-sort-key': ['get', 'rank'],
    'text-overlap': 'never',
    'text-padding': 3
  },
  paint: { 'text-color': ['get', 'color'], 'text-halo-color': 'rgba(255, 255, 255, 0.92)', 'text-halo-width': 2.5 }
};

/** The basemap's source id (its load errors name it). */
export const BASEMAP_SOURCE = 'basemap';

/** The embedded Natural Earth basemap: one source, every layer filtered by the features' `layer`. */
function basemapSources(base: string): StyleSpecification['sources'] {
  return { [BASEMAP_SOURCE]: { type: 'geojson', data: basemapUrl(base) } };
}

/**
 * The basemap's own layers: `below` is drawn under the corridor (sea, land, lakes, rivers, coast, borders) and
 * `labels` over its lines (sea and country names). The app and the benchmark's bare basemap page both use these.
 */
export function basemapLayers(lang: Lang): { below: LayerSpecification[]; labels: LayerSpecification[] } {
  return {
    below: [
      { id: 'sea', type: 'background', paint: { 'background-color': MAP_COLORS.sea } },
      {
        id: 'land',
        type: 'fill',
        source: 'basemap',
        filter: basemapFilter('land'),
        paint: { 'fill-color': MAP_COLORS.land }
      },
      {
        id: 'corridor-countries',
        type: 'fill',
        source: 'basemap',
        filter: basemapFilter('countries', ['in', ['get', 'iso_a3'], ['literal', CORRIDOR_COUNTRIES]]),
        paint: { 'fill-color': MAP_COLORS.corridorLand }
      },
      {
        id: 'lakes',
        type: 'fill',
        source: 'basemap',
        filter: basemapFilter('lakes'),
        paint: { 'fill-color': MAP_COLORS.lake }
      },
      {
        id: 'rivers',
        type: 'line',
        source: 'basemap',
        filter: basemapFilter('rivers'),
        paint: { 'line-color': MAP_COLORS.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 8, 1.5] }
      },
      {
        id: 'coastline',
        type: 'line',
        source: 'basemap',
        filter: basemapFilter('coastline'),
        paint: { 'line-color': '#9db8c8', 'line-width': 0.8 }
      },
      {
        id: 'boundaries',
        type: 'line',
        source: 'basemap',
        filter: basemapFilter('boundaries'),
        paint: { 'line-color': MAP_COLORS.border, 'line-width': 0.9, 'line-dasharray': [3, 2] }
      }
    ],
    labels: [
      {
        id: 'sea-labels',
        type: 'symbol',
        source: 'basemap',
        filter: basemapFilter('labels', ['==', ['get', 'kind'], 'sea']),
        layout: {
          'text-field': nameField(lang),
          'text-font': REGULAR,
          'text-size': 14,
          'text-letter-spacing': 0.15,
          'text-max-width': 6
        },
        paint: { 'text-color': MAP_COLORS.sea_label, 'text-halo-color': MAP_COLORS.sea, 'text-halo-width': 1 }
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'basemap',
        filter: basemapFilter('labels', ['==', ['get', 'kind'], 'country']),
        layout: {
          'text-field': nameField(lang),
          'text-font': REGULAR,
          'text-size': 13,
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.1,
          'text-max-width': 7
        },
        paint: { 'text-color': '#7a7468', 'text-halo-color': MAP_COLORS.land, 'text-halo-width': 1.2 }
      }
    ]
  };
}

/** The basemap alone, as the benchmark's bare page draws it: what "as fast as a bare basemap" is measured against. */
export function buildBasemapStyle(base: string, lang: Lang): StyleSpecification {
  const { below, labels } = basemapLayers(lang);
  return { version: 8, sources: basemapSources(base), layers: [...below, ...labels] };
}

/** Ids of the Caspian sea lanes among the dataset's lines. */
const LANES = ['aktau_alat', 'kuryk_alat'];
/** A filter for the features of the `lines` source with these line ids: each corridor layer draws its own lines. */
const lineIs = (ids: string[]): ExpressionSpecification => ['in', ['get', 'id'], ['literal', ids]];

export function buildStyle(data: Dataset, base: string, lang: Lang): StyleSpecification {
  // One source for all the corridor's lines, as for the basemap (see BASEMAP_LAYERS): its tiles are clipped once.
  const lineIds = [...data.contextPipelineIds, 'btc', 'btk', ...LANES];
  const lines = featureCollection(lineIds.map((id) => data.lines.get(id)).filter((f) => f !== undefined));
  const places = featureCollection([...data.places.values()].map((p) => ({ ...p, properties: { ...p.properties } })));
  const basemap = basemapLayers(lang);
  return {
    version: 8,
    // No `glyphs`: MapLibre then draws text with the locally served fonts above (no glyph server, nothing leaves 127.0.0.1).
    sources: {
      ...basemapSources(base),
      lines: { type: 'geojson', data: lines },
      places: { type: 'geojson', data: places },
      values: { type: 'geojson', data: featureCollection([]) }
    },
    layers: [
      ...basemap.below,
      {
        id: 'context-pipelines',
        type: 'line',
        source: 'lines',
        filter: lineIs(data.contextPipelineIds),
        paint: { 'line-color': MAP_COLORS.contextPipeline, 'line-width': 1, 'line-opacity': 0.8 }
      },
      {
        id: 'sea-lanes',
        type: 'line',
        source: 'lines',
        filter: lineIs(LANES),
        paint: { 'line-color': MAP_COLORS.lane, 'line-width': 1.6, 'line-dasharray': [1, 2.5], 'line-opacity': 0.9 }
      },
      {
        id: 'btk-casing',
        type: 'line',
        source: 'lines',
        filter: lineIs(['btk']),
        paint: { 'line-color': '#ffffff', 'line-width': 4.5 }
      },
      {
        id: 'btk',
        type: 'line',
        source: 'lines',
        filter: lineIs(['btk']),
        paint: { 'line-color': MAP_COLORS.btk, 'line-width': 2.5, 'line-dasharray': [2, 1.5] }
      },
      {
        id: 'btc',
        type: 'line',
        source: 'lines',
        filter: lineIs(['btc']),
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': MAP_COLORS.btc, 'line-width': 3 }
      },
      {
        id: 'line-labels',
        type: 'symbol',
        source: 'lines',
        filter: lineIs(['btc']),
        layout: {
          'symbol-placement': 'line',
          'text-field': strings(lang).btcMapLabel,
          'text-font': BOLD,
          'text-size': 12,
          'text-offset': [0, -1]
        },
        paint: { 'text-color': MAP_COLORS.btc, 'text-halo-color': '#fff', 'text-halo-width': 1.5 }
      },
      {
        id: 'btk-labels',
        type: 'symbol',
        source: 'lines',
        filter: lineIs(['btk']),
        layout: {
          'symbol-placement': 'line',
          'text-field': strings(lang).btkMapLabel,
          'text-font': BOLD,
          'text-size': 12,
          'text-offset': [0, 1]
        },
        paint: { 'text-color': MAP_COLORS.btk, 'text-halo-color': '#fff', 'text-halo-width': 1.5 }
      },
      ...basemap.labels,
      {
        id: 'places',
        type: 'circle',
        source: 'places',
        paint: {
          'circle-radius': ['match', ['get', 'map_role'], 'port', 7, 'terminal', 6, 4],
          'circle-color': [
            'match',
            ['get', 'map_role'],
            'port',
            MAP_COLORS.port,
            'terminal',
            MAP_COLORS.btc,
            '#6b7780'
          ],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2
        }
      },
      placeLabels(
        'place-labels',
        ['!', ['in', ['get', 'map_role'], ['literal', ['port', 'terminal']]]],
        REGULAR,
        12,
        'never',
        lang
      ),
      placeLabels('terminal-labels', ['==', ['get', 'map_role'], 'terminal'], BOLD, 13, 'never', lang),
      valueLabelLayer,
      placeLabels('port-labels', ['==', ['get', 'map_role'], 'port'], BOLD, 15, 'always', lang, [
        'step',
        ['zoom'],
        PORT_NAME_WRAP.narrowEms,
        PORT_NAME_WRAP.belowZoom,
        PORT_NAME_WRAP.ems
      ])
    ]
  };
}

/** Symbol layers whose text follows the interface language, and the text each shows. */
export function labelTexts(lang: Lang): Record<string, ExpressionSpecification | string> {
  return {
    'sea-labels': nameField(lang),
    'country-labels': nameField(lang),
    'port-labels': nameField(lang),
    'terminal-labels': nameField(lang),
    'place-labels': nameField(lang),
    'line-labels': strings(lang).btcMapLabel,
    'btk-labels': strings(lang).btkMapLabel
  };
}

/** Names of the corridor's places, as MapLibre placed them (the render probe reads these). */
export const PLACE_LABEL_LAYERS = ['port-labels', 'terminal-labels', 'place-labels'] as const;

/**
 * Props that put a deck.gl layer just under the map's first label layer (interleaved drawing reads `beforeId`): over
 * the basemap and the corridor's lines, under every label. Spread into each layer's props where it is built.
 */
export const UNDER_LABELS = { beforeId: 'line-labels' } as const;

/** Layers a click can open a panel from (ports and terminals; the BTC and BTK lines). */
export const CLICKABLE_LAYERS = ['places', 'btc', 'btk', 'sea-lanes'] as const;
