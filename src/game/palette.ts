// Colours of the stage: Okabe–Ito accents (colour-blind safe) on warm, flat surfaces, with the
// app's ink for outlines. Numbers for Phaser, strings for the Canvas 2D API.

export const OI = {
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  bluishGreen: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  reddishPurple: 0xcc79a7,
} as const;

export const INK = 0x2a2118;
export const PAPER = 0xfaf5ec;
export const CARD = 0xfffdf8;
/** The table the board lies on (around the board when the slot's aspect differs). */
export const TABLE = 0xe9dcc6;

export const css = (color: number, alpha = 1): string => {
  const r = (color >> 16) & 255;
  const g = (color >> 8) & 255;
  const b = color & 255;
  return alpha >= 1 ? `rgb(${r},${g},${b})` : `rgba(${r},${g},${b},${alpha})`;
};

/** Mixes two colours: t = 0 gives a, t = 1 gives b. */
export function mix(a: number, b: number, t: number): number {
  const k = Math.max(0, Math.min(1, t));
  const ch = (shift: number) => Math.round(((a >> shift) & 255) * (1 - k) + ((b >> shift) & 255) * k);
  return (ch(16) << 16) | (ch(8) << 8) | ch(0);
}

export const darken = (color: number, t: number): number => mix(color, 0x000000, t);
export const lighten = (color: number, t: number): number => mix(color, 0xffffff, t);
