// "Map as PNG": the map, arcs and circles as drawn, with a title, the year's summary, a legend of the widths and circle
// areas, and the attribution burnt in.
import { compositeCanvases } from '../map/mapController';
import { FLOW_COLORS, PORT_COLORS, rgbCss } from '../map/colors';
import {
  radiusPx,
  referenceCircleTonnes,
  referenceTonnes,
  widthPx,
  type AreaScale,
  type WidthScale
} from '../model/scale';
import { formatQuantity, type Lang } from '../model/format';
import { ATTRIBUTION_TEXT } from './attribution';
import { STRINGS } from '../model/i18n';

/** Splits text into lines no wider than `width` in the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && ctx.measureText(`${line} ${w}`).width > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

export function renderMapPng(
  container: HTMLElement,
  opts: { year: number; lang: Lang; scale: WidthScale; areaScale: AreaScale; summary: string }
): HTMLCanvasElement {
  const map = compositeCanvases(container);
  const dpr = window.devicePixelRatio || 1;
  const t = STRINGS[opts.lang];
  const width = map.width / dpr;
  const circles = referenceCircleTonnes(opts.areaScale);
  const circleRow = 2 * radiusPx(opts.areaScale, circles.at(-1) ?? 0) + 8;

  // Measure first: the summary and the attribution wrap to the image's width.
  const probe = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
  probe.font = '12px "Noto Sans Regular", sans-serif';
  const summary = wrap(probe, opts.summary, width - 24);
  probe.font = '10px "Noto Sans Regular", sans-serif';
  const attribution = wrap(probe, ATTRIBUTION_TEXT, width - 24);
  const footer = 36 + summary.length * 15 + 26 + circleRow + 8 + attribution.length * 13 + 8;

  const out = document.createElement('canvas');
  out.width = map.width;
  out.height = map.height + Math.round(footer * dpr);
  const ctx = out.getContext('2d') as CanvasRenderingContext2D;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(map, 0, 0);
  ctx.scale(dpr, dpr);
  let y = map.height / dpr + 26;
  ctx.fillStyle = '#1d2730';
  ctx.font = '20px "Noto Sans Bold", sans-serif';
  ctx.fillText(`${t.title} — ${opts.year}`, 12, y);
  ctx.font = '12px "Noto Sans Regular", sans-serif';
  for (const line of summary) ctx.fillText(line, 12, (y += 15));

  // Flow colours and widths.
  y += 22;
  let x = 12;
  for (const kind of ['cargo', 'oil'] as const) {
    ctx.fillStyle = rgbCss(FLOW_COLORS[kind]);
    ctx.fillRect(x, y - 9, 22, 8);
    ctx.fillStyle = '#1d2730';
    const label = kind === 'cargo' ? t.cargo : t.oil;
    ctx.fillText(label, x + 28, y);
    x += 40 + ctx.measureText(label).width;
  }
  ctx.fillText(`${t.widthScale}:`, x, y);
  x += ctx.measureText(`${t.widthScale}:`).width + 10;
  for (const r of referenceTonnes(opts.scale)) {
    const h = widthPx(opts.scale, r);
    ctx.fillStyle = '#4b5863';
    ctx.fillRect(x, y - 4 - h / 2, 26, h);
    ctx.fillStyle = '#1d2730';
    const label = formatQuantity(r, 't', opts.lang);
    ctx.fillText(label, x + 30, y);
    x += 44 + ctx.measureText(label).width;
  }

  // Port circles: area proportional to tonnes.
  const base = y + 4 + circleRow;
  x = 12;
  ctx.fillText(`${t.circleScale}:`, x, base - circleRow / 2 + 4);
  x += ctx.measureText(`${t.circleScale}:`).width + 12;
  for (const c of circles) {
    const r = radiusPx(opts.areaScale, c);
    ctx.beginPath();
    ctx.arc(x + r, base - 4 - r, r, 0, 2 * Math.PI);
    ctx.fillStyle = rgbCss(PORT_COLORS.fill, 0.35);
    ctx.fill();
    ctx.strokeStyle = rgbCss(PORT_COLORS.line);
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.fillStyle = '#1d2730';
    const label = formatQuantity(c, 't', opts.lang);
    ctx.fillText(label, x + 2 * r + 5, base - 4);
    x += 2 * r + 18 + ctx.measureText(label).width;
  }

  ctx.fillStyle = '#4b5863';
  ctx.font = '10px "Noto Sans Regular", sans-serif';
  y = base + 8;
  for (const line of attribution) ctx.fillText(line, 12, (y += 13));
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
