import decodeQR from 'qr/decode.js';
import { describe, expect, it } from 'vitest';
import { qrMatrix, qrRuns, QUIET_ZONE, type QrMatrix } from '../../src/platform/qr';
import { encodeResultCode } from '../../src/platform/workshop-result-code';
import { joinLink, scenarioJoinLink } from '../../src/platform/workshop-session-code';
import { scenarioById } from '../../src/scenario';
import { checkDraft, draftFrom } from '../../src/view/editor-form';
import { defaultSessionSettings } from '../../src/view/workshop-session';
import { playSession, session, sliderTeam } from '../view/workshop-fixtures';

/** The matrix drawn as a grey image, `scale` pixels a module, as a camera would see a clean print. */
function image(matrix: QrMatrix, scale = 4): { width: number; height: number; data: Uint8ClampedArray } {
  const side = matrix.size * scale;
  const data = new Uint8ClampedArray(side * side * 4);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const dark = matrix.modules[Math.floor(y / scale)]?.[Math.floor(x / scale)];
      const i = (y * side + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = dark ? 0 : 255;
      data[i + 3] = 255;
    }
  return { width: side, height: side, data };
}

describe('QR codes', () => {
  it('of a join link read back as the link, with the quiet zone around a square symbol', () => {
    const link = joinLink('https://example.org/cluster-policy-lab/', session());
    const matrix = qrMatrix(link);
    expect(matrix.symbolSize).toBe(17 + 4 * matrix.version);
    expect(matrix.size).toBe(matrix.symbolSize + 2 * QUIET_ZONE);
    expect(matrix.modules).toHaveLength(matrix.size);
    expect(matrix.modules.every((row) => row.length === matrix.size)).toBe(true);
    // The quiet zone is light; the finder pattern's corner is dark.
    expect(matrix.modules[0]?.some(Boolean)).toBe(false);
    expect(matrix.modules[QUIET_ZONE]?.[QUIET_ZONE]).toBe(true);
    // A link of about seventy characters: version 5 (37 modules), legible across a room when drawn large.
    expect(matrix.version).toBeLessThanOrEqual(6);
    expect(decodeQR(image(matrix))).toBe(link);
  });

  it('of a session on a custom scenario hold its short join link; the link carrying the scenario fits no QR code', () => {
    const draft = checkDraft(draftFrom(scenarioById('survival-cluster')));
    if (!draft.ok) throw new Error('the draft does not validate');
    const settings = defaultSessionSettings(draft.scenario, 77);
    const link = joinLink('https://example.org/cluster-policy-lab/', settings);
    const matrix = qrMatrix(link);
    // Three more code characters than a built-in session's: still legible across a room.
    expect(matrix.version).toBeLessThanOrEqual(6);
    expect(decodeQR(image(matrix))).toBe(link);
    // The smallest built-in scenario compresses to some 10,000 characters; a QR code holds 2,953 bytes at most.
    const full = scenarioJoinLink('https://example.org/cluster-policy-lab/', settings) ?? '';
    expect(full.length).toBeGreaterThan(8_000);
    expect(() => qrMatrix(full, 'low')).toThrow();
  });

  it('of a ten-year result code read back as the code, small enough to scan from a phone', () => {
    const settings = session();
    const code = encodeResultCode(settings, 'Team Lagos 3', playSession(settings, sliderTeam(7)).log);
    const matrix = qrMatrix(code);
    // Upper-case letters, digits and hyphens: the compact alphanumeric mode.
    expect(matrix.version).toBeLessThanOrEqual(7);
    expect(decodeQR(image(matrix, 3))).toBe(code);
  });

  it('draw as runs that cover exactly the dark modules', () => {
    const matrix = qrMatrix('K7QF-2M9D-X3A');
    const runs = qrRuns(matrix);
    const covered = new Set(runs.flatMap((r) => Array.from({ length: r.width }, (_, i) => `${r.x + i},${r.y}`)));
    const dark = matrix.modules.flatMap((row, y) => row.flatMap((d, x) => (d ? [`${x},${y}`] : [])));
    expect(covered.size).toBe(dark.length);
    expect(dark.every((key) => covered.has(key))).toBe(true);
    expect(runs.length).toBeLessThan(dark.length);
  });
});
