// Attribution the geodata licences require (see geodata/PROVENANCE.md); shown in the map's attribution control and legend.
export const ATTRIBUTION_HTML = [
  'BTC &amp; context pipelines: © <a href="https://globalenergymonitor.org/">Global Energy Monitor</a>, Global Oil Infrastructure Tracker, <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> (subset, attributes trimmed)',
  'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0), NGA World Port Index, Wikipedia (Alat coordinate)',
  'Base data: <a href="https://www.naturalearthdata.com/">Natural Earth</a>',
  'BTK railway and Caspian lanes are schematic'
].join(' · ');

export const ATTRIBUTION_TEXT = ATTRIBUTION_HTML.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
