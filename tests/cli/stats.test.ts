// The simulator's small helpers: percentiles for the Monte Carlo bands, number and CSV formatting.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { band, percentile } from '../../src/cli/stats';
import { csvCell, plainNumber, round6, toCsv } from '../../src/scenario/csv';

describe('percentile (linear interpolation between order statistics)', () => {
  it('matches hand-computed values (as NumPy/R type 7)', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([1, 2, 3, 4], 0.1)).toBeCloseTo(1.3, 12);
    expect(percentile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    expect(percentile([4, 1, 3, 2], 0.25)).toBeCloseTo(1.75, 12);
    expect(percentile([10, 20, 30, 40, 50], 0.5)).toBe(30);
    expect(percentile([10, 20, 30, 40, 50], 0.1)).toBe(14);
    expect(percentile([7], 0.1)).toBe(7);
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([3, 1, 2], 1)).toBe(3);
    expect(band([5, 1, 4, 2, 3])).toEqual({ p10: 1.4, p50: 3, p90: 4.6 });
  });

  it('does not modify its input and rejects an empty list or p outside 0..1', () => {
    const values = [3, 1, 2];
    percentile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
    expect(() => percentile([], 0.5)).toThrow(/empty/);
    expect(() => percentile([1], 1.5)).toThrow(/between 0 and 1/);
    expect(() => percentile([1], Number.NaN)).toThrow(/between 0 and 1/);
  });

  it('is ordered, bounded by min and max, and equals a naive reference', () => {
    const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(finite, { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p) => {
          const b = band(values);
          const sorted = [...values].sort((a, c) => a - c);
          const min = sorted[0] as number;
          const max = sorted[sorted.length - 1] as number;
          expect(b.p10).toBeLessThanOrEqual(b.p50);
          expect(b.p50).toBeLessThanOrEqual(b.p90);
          const q = percentile(values, p);
          expect(q).toBeGreaterThanOrEqual(min);
          expect(q).toBeLessThanOrEqual(max);
          // Reference: the weighted mean of the two order statistics around (n - 1) p.
          const h = (sorted.length - 1) * p;
          const below = sorted[Math.floor(h)] as number;
          const above = sorted[Math.ceil(h)] as number;
          const reference = below + (h - Math.floor(h)) * (above - below);
          expect(Math.abs(q - reference)).toBeLessThanOrEqual(1e-9 * (Math.abs(reference) + 1));
        },
      ),
    );
  });
});

describe('number and CSV formatting', () => {
  it('round6 keeps 6 significant digits and leaves integers alone', () => {
    expect(round6(1666.0612345)).toBe(1666.06);
    expect(round6(0.000171634123)).toBe(0.000171634);
    expect(round6(2030)).toBe(2030);
    expect(round6(123456789.4)).toBe(123457000);
    expect(round6(-0.0000001)).toBe(-1e-7);
    expect(Object.is(round6(-1e-30 * 0), 0) || Object.is(round6(-0), -0)).toBe(true);
  });

  it('plainNumber never uses an exponent', () => {
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(-1.25e-8)).toBe('-0.0000000125');
    expect(plainNumber(1.5e21)).toBe('1500000000000000000000');
    expect(plainNumber(1234.5)).toBe('1234.5');
    expect(plainNumber(-0)).toBe('0');
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = plainNumber(x);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(Object.is(x, -0) ? 0 : x);
      }),
    );
  });

  it('quotes CSV fields only where RFC 4180 needs it', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(1e-7)).toBe('0.0000001');
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\n1,"x,y"\n');
  });
});
