// The charts' look, shared by every family: the Okabe–Ito colour-blind-safe palette (with a second
// cue beside each colour: dash, marker, pattern), fonts that scale with the chart's width (large
// enough for a projector, small enough for a phone), the card painted behind each chart, and the
// category axis of a bar chart whose long names wrap on narrow charts. No chart.js at run time.
import type { Chart, Plugin } from 'chart.js';

/** Okabe–Ito colours, and the greys and paper of the app's style sheet. */
export const PALETTE = {
  player: '#0072B2', // blue
  baseline: '#56657a', // grey-blue (a neutral, not a palette hue: "nothing done")
  history: '#8a3f76', // Okabe–Ito's reddish purple, darkened to 3:1 on the card (what the real government did)
  band: 'rgba(86, 101, 122, 0.16)',
  event: '#E69F00', // orange
  policy: '#009E73', // bluish green
  shock: '#D55E00', // vermillion
  good: '#0072B2',
  bad: '#D55E00',
  total: '#56657a',
  ink: '#2a2118',
  inkMuted: '#5c4e3f',
  grid: 'rgba(42, 33, 24, 0.12)',
  card: '#fffdf8',
} as const;

/** "#rrggbb" at an opacity, as rgba(); other colours are returned unchanged. */
export function withAlpha(color: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return color;
  return `rgba(${parseInt(m[1] as string, 16)}, ${parseInt(m[2] as string, 16)}, ${parseInt(m[3] as string, 16)}, ${alpha})`;
}

/** Font size for a chart of this width: 12 px on a phone, up to 16 px on a wide screen or projector. */
export function fontSize(width: number, scale = 1): number {
  return Math.round((width < 380 ? 12 : width < 560 ? 13.5 : width < 800 ? 15 : 16) * scale);
}
/** A scriptable font: its size follows the chart's width. */
export const font =
  (scale = 1, weight?: 'bold') =>
  (ctx: { chart: Chart }): { size: number; weight?: 'bold' } => ({
    size: fontSize(ctx.chart.width, scale),
    ...(weight ? { weight } : {}),
  });

/** Paints the card colour behind the chart, so a downloaded PNG is not transparent. */
export const background: Plugin = {
  id: 'cplBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = PALETTE.card;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
  // How many times the chart has been drawn, on its canvas: the browser benchmark times "painted" by it.
  afterDraw(chart) {
    const canvas = chart.canvas;
    canvas.dataset.drawn = String(Number(canvas.dataset.drawn ?? 0) + 1);
  },
};

/** Splits a label into lines of about `width` characters at spaces. */
export function wrapLabel(label: string, width: number): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A bar chart's category axis of names: long names wrap onto lines of `width` characters on narrow charts, rather than being cut. */
export function namesAxis(width: number) {
  return {
    grid: { display: false },
    ticks: {
      font: font() as never,
      color: PALETTE.ink,
      autoSkip: false,
      callback(this: { getLabelForValue(value: number): string; chart: { width: number } }, value: string | number) {
        const label = String(this.getLabelForValue(Number(value)));
        return this.chart.width < 520 ? wrapLabel(label, width) : label;
      },
    },
  };
}
