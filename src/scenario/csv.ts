// Numbers and CSV as data files write them (the CLI's output and the game's exports), so the same
// figures read the same wherever they come from.

/** Rounds to 6 significant digits (enough for every model figure, and readable). Integers up to 1e6 stay exact. */
export function round6(x: number): number {
  if (!Number.isFinite(x) || (Number.isInteger(x) && Math.abs(x) < 1e6)) return x;
  const rounded = Number(x.toPrecision(6));
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** A number as plain decimal text: no exponent, no thousands separators (1e-7 -> "0.0000001"). */
export function plainNumber(x: number): string {
  if (Object.is(x, -0)) return '0';
  const text = String(x);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

export type Cell = string | number | boolean | null | undefined;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled.
 * Text that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
 * return; scenario files are written by anyone) gets a leading apostrophe, so it shows as text.
 * Numbers are never changed: -1.5 stays a number.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? plainNumber(value) : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text, header row first (RFC 4180 quoting); lines end in LF unless told otherwise. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[], lineEnd: '\n' | '\r\n' = '\n'): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join(lineEnd) + lineEnd;
}
