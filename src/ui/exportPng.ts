// "Map as PNG": the map and arcs as drawn, with a title, the year, a legend of the widths and the attribution burnt in.
import { compositeCanvases } from '../map/mapController';
import { FLOW_COLORS, rgbCss } from '../map/colors';
import { referenceTonnes, widthPx, type WidthScale } from '../model/scale';
import { formatQuantity, type Lang } from '../model/format';
import { ATTRIBUTION_TEXT } from './attribution';
import { STRINGS } from '../model/i18n';

export function renderMapPng(
  container: HTMLElement,
  opts: { year: number; lang: Lang; scale: WidthScale; summary: string }
): HTMLCanvasElement {
  const map = compositeCanvases(container);
  const dpr = window.devicePixelRatio || 1;
  const footer = Math.round(118 * dpr);
  const out = document.createElement('canvas');
  out.width = map.width;
  out.height = map.height + footer;
  const ctx = out.getContext('2d') as CanvasRenderingContext2D;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(map, 0, 0);
  const t = STRINGS[opts.lang];
  const y0 = map.height;
  ctx.scale(dpr, dpr);
  const top = y0 / dpr;
  ctx.fillStyle = '#1d2730';
  ctx.font = '20px "Noto Sans Bold", sans-serif';
  ctx.fillText(`${t.title} — ${opts.year}`, 12, top + 26);
  ctx.font = '12px "Noto Sans Regular", sans-serif';
  ctx.fillText(opts.summary.slice(0, 180), 12, top + 46);
  let x = 12;
  for (const kind of ['cargo', 'oil'] as const) {
    ctx.fillStyle = rgbCss(FLOW_COLORS[kind]);
    ctx.fillRect(x, top + 58, 22, 8);
    ctx.fillStyle = '#1d2730';
    const label = kind === 'cargo' ? t.cargo : t.oil;
    ctx.fillText(label, x + 28, top + 67);
    x += 40 + ctx.measureText(label).width;
  }
  ctx.fillText(`${t.widthScale}:`, x, top + 67);
  x += ctx.measureText(`${t.widthScale}:`).width + 10;
  for (const r of referenceTonnes(opts.scale)) {
    const h = widthPx(opts.scale, r);
    ctx.fillStyle = '#4b5863';
    ctx.fillRect(x, top + 63 - h / 2, 26, h);
    ctx.fillStyle = '#1d2730';
    const label = formatQuantity(r, 't', opts.lang);
    ctx.fillText(label, x + 30, top + 67);
    x += 44 + ctx.measureText(label).width;
  }
  ctx.fillStyle = '#4b5863';
  ctx.font = '10px "Noto Sans Regular", sans-serif';
  const words = ATTRIBUTION_TEXT.split(' ');
  let line = '';
  let ly = top + 90;
  for (const w of words) {
    if (ctx.measureText(`${line} ${w}`).width > out.width / dpr - 24) {
      ctx.fillText(line, 12, ly);
      line = w;
      ly += 13;
    } else line = line ? `${line} ${w}` : w;
  }
  ctx.fillText(line, 12, ly);
  return out;
}

export function downloadCanvas(canvas: HTMLCanvasElement, filename: string) {
  canvas.toBlob((blob) => {
    if (!blob) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = filename;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }, 'image/png');
}
