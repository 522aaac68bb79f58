// Numbers on a chart: values for tooltips, tables and text alternatives (formatY), the shorter axis
// ticks (formatTick, formatSignedTick) and the years a time axis labels (yearTicks). Drawn on a
// canvas, which has no bidi isolation of its own, so figures come isolated in Arabic (isolateFigure).
import { formatNumber, formatPct, formatSignedPct, formatUsd, formatUsdM, isolateFigure, moneyDigits } from '../format';
import type { YFormat } from './definitions';

/** A y value in the chart's unit, for tables, tooltips and the aria-label ("6.1 %", "12,400"). */
export function formatY(format: YFormat, y: number | null): string {
  if (y === null || !Number.isFinite(y)) return '–';
  switch (format) {
    case 'percent':
      return formatPct(y, { digits: 1 });
    case 'count':
      return isolateFigure(formatNumber(y, { digits: 0 }));
    case 'usd-m':
      return formatUsdM(y, { digits: moneyDigits(y) });
    case 'usd':
      return formatUsd(y);
    case 'index':
      return isolateFigure(formatNumber(y, { digits: Math.abs(y) < 10 ? 1 : 0 }));
  }
}

/**
 * Axis tick text: shorter than formatY (no unit words; the unit is in the title). Drawn on a canvas,
 * which has no bidi isolation of its own: in Arabic each tick is isolated left to right
 * (isolateFigure), so "-2 %" does not come out as "% 2-".
 */
export function formatTick(format: YFormat, y: number): string {
  switch (format) {
    case 'percent':
      return formatPct(y, { digits: Number.isInteger(y) ? 0 : 1 });
    case 'count':
    case 'index':
      return isolateFigure(compact(y));
    case 'usd-m':
    case 'usd':
      return isolateFigure(`$${compact(y)}`);
  }
}

/** Tick text of an axis of signed changes in percent ("+10%", "-5%", "0%"), isolated in Arabic as formatSignedPct. */
export function formatSignedTick(pct: number): string {
  return formatSignedPct(pct, { digits: Number.isInteger(pct) ? 0 : 1 });
}

function compact(y: number): string {
  const a = Math.abs(y);
  if (a >= 1e6) return `${formatNumber(y / 1e6, { digits: a >= 1e7 ? 0 : 1 })}m`;
  if (a >= 1e4) return `${formatNumber(y / 1e3, { digits: 0 })}k`;
  return formatNumber(y, { digits: a < 10 && !Number.isInteger(y) ? 1 : 0 });
}

/**
 * The years to label on a chart's time axis `widthPx` wide, at `fontPx`: evenly spaced, counted back
 * from the last year (always labelled), and never closer than a four-digit label and a gap, so year
 * labels never collide however narrow the chart (chart.js's own skipping let them touch on phones).
 */
export function yearTicks(min: number, max: number, widthPx: number, fontPx: number): number[] {
  const years: number[] = [];
  for (let year = Math.ceil(min); year <= Math.floor(max); year++) years.push(year);
  const labelPx = fontPx * 2.6 + 12;
  const fit = Math.max(1, Math.floor(widthPx / labelPx));
  const step = Math.max(1, Math.ceil(years.length / fit));
  return years.filter((_, i) => (years.length - 1 - i) % step === 0);
}

