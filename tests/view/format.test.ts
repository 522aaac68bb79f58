import { describe, expect, it } from 'vitest';
import {
  directionOf,
  formatChange,
  formatCount,
  formatCountChange,
  formatNumber,
  formatPct,
  formatPointChange,
  formatRelativeChange,
  formatShare,
  formatUsd,
  formatUsdM,
  formatUsdMChange,
  roundTo,
  toneOf,
  withoutArrow,
} from '../../src/view/format';

describe('number formatting', () => {
  it('groups thousands and fixes the decimals', () => {
    expect(formatNumber(12400)).toBe('12,400');
    expect(formatNumber(1234567.891, { digits: 2 })).toBe('1,234,567.89');
    expect(formatNumber(2.05, { digits: 1 })).toBe('2.1');
    expect(formatNumber(Number.NaN)).toBe('–');
  });

  it('never shows minus zero', () => {
    expect(formatNumber(-0.04, { digits: 1 })).toBe('0.0');
    expect(roundTo(-0.0001, 2)).toBe(0);
    expect(Object.is(roundTo(-0.0001, 2), -0)).toBe(false);
  });

  it('rounds half away from zero', () => {
    expect(roundTo(2.25, 1)).toBe(2.3);
    expect(roundTo(-2.25, 1)).toBe(-2.3);
    expect(roundTo(0.5)).toBe(1);
  });

  it('writes US$ million with one decimal below 100 and none above', () => {
    expect(formatUsdM(3.24)).toBe('US$ 3.2 m');
    expect(formatUsdM(20)).toBe('US$ 20.0 m');
    expect(formatUsdM(20, { digits: 0 })).toBe('US$ 20 m');
    expect(formatUsdM(1600.4)).toBe('US$ 1,600 m');
    expect(formatUsd(4.5)).toBe('US$ 4.50');
    expect(formatUsd(1234)).toBe('US$ 1,234');
  });

  it('writes counts with their unit and percentages with a space before %', () => {
    expect(formatCount(50000)).toBe('50,000 jobs');
    expect(formatCount(50000, '')).toBe('50,000');
    expect(formatPct(2.14)).toBe('2.1 %');
    expect(formatShare(0.314)).toBe('31.4 %');
    expect(formatShare(0.314, { digits: 0 })).toBe('31 %');
  });
});

describe('changes with arrows', () => {
  it('puts an up arrow before a rise and a down arrow before a fall, magnitude only', () => {
    expect(formatChange(2.14, { unit: '%' })).toBe('▲ 2.1 %');
    expect(formatChange(-0.8, { unit: 'points' })).toBe('▼ 0.8 points');
    expect(formatPointChange(-0.008)).toBe('▼ 0.8 points');
    expect(formatRelativeChange(103, 100)).toBe('▲ 3.0 %');
    expect(formatUsdMChange(1.24)).toBe('▲ US$ 1.2 m');
    expect(formatUsdMChange(-150)).toBe('▼ US$ 150 m');
    expect(formatCountChange(-1234)).toBe('▼ 1,234 jobs');
  });

  it('shows a change that rounds to zero as flat, never as a tiny rise or fall', () => {
    expect(formatChange(0.04, { unit: '%' })).toBe('= 0.0 %');
    expect(formatChange(-0.04, { unit: '%' })).toBe('= 0.0 %');
    expect(directionOf(0.04, 1)).toBe('flat');
    expect(directionOf(0.05, 1)).toBe('up');
    expect(directionOf(-0.4, 0)).toBe('flat');
    expect(directionOf(-0.6, 0)).toBe('down');
  });

  it('says "point" for exactly one whole point', () => {
    expect(formatChange(1, { unit: 'points', digits: 0 })).toBe('▲ 1 point');
    expect(formatChange(1, { unit: 'points' })).toBe('▲ 1.0 points');
  });

  it('takes a translated unit', () => {
    expect(formatCountChange(12, 'emplois')).toBe('▲ 12 emplois');
  });

  it('tells good news from bad by which way is better', () => {
    expect(toneOf('up')).toBe('good');
    expect(toneOf('down')).toBe('bad');
    expect(toneOf('down', 'down')).toBe('good');
    expect(toneOf('flat', 'down')).toBe('neutral');
  });

  it('strips the arrow for text read aloud', () => {
    expect(withoutArrow('▲ 2.1 %')).toBe('2.1 %');
    expect(withoutArrow('= 0.0 %')).toBe('0.0 %');
  });
});
