// Embedding the map in another page: the frame's address and its <iframe> code, and the way back to the full atlas.

/** This page's address with `embed=1` added (year, view, selection and language kept as they are). */
export function embedSrc(pageUrl: string): string {
  const u = new URL(pageUrl);
  u.hash = '';
  u.searchParams.delete('fig');
  u.searchParams.delete('story');
  u.searchParams.set('embed', '1');
  return u.href;
}

/** The full atlas at the same state as an embedded map: its address without `embed`. */
export function fullAtlasUrl(pageUrl: string): string {
  const u = new URL(pageUrl);
  u.searchParams.delete('embed');
  return u.href;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `<iframe>` code with a title for screen readers, a fixed size and no border. */
export function embedCode(o: { src: string; width: number; height: number; title: string }): string {
  const w = Math.round(Math.min(4000, Math.max(200, o.width || 800)));
  const h = Math.round(Math.min(4000, Math.max(200, o.height || 520)));
  return `<iframe src="${attr(o.src)}" width="${w}" height="${h}" title="${attr(o.title)}" style="border:0" loading="lazy" allow="clipboard-write"></iframe>`;
}
