// The plumbing of short typeable codes (the workshop's session and result codes): values packed
// into bits, the bits written in Crockford's base 32 (digits and capitals without I, L, O and U, read
// case-insensitively, O as 0 and I or L as 1, hyphens and spaces ignored), and a CRC to catch typing
// mistakes. A CRC of n bits catches every error within n consecutive bits: with 10 or more bits,
// every mistyped character and every swap of two neighbouring characters.

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const BITS_PER_CHAR = 5;

/** The reader ran past the end of the code: characters are missing. */
export class OutOfBits extends Error {
  constructor() {
    super('the code ended early');
    this.name = 'OutOfBits';
  }
}

/** Bits written most significant first. */
export class BitWriter {
  readonly bits: number[] = [];

  /** An unsigned integer 0 .. 2^width − 1 (width up to 53). */
  uint(value: number, width: number): this {
    if (!Number.isSafeInteger(value) || value < 0 || value >= 2 ** width)
      throw new RangeError(`${value} does not fit in ${width} bits`);
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
    return this;
  }

  bool(value: boolean): this {
    this.bits.push(value ? 1 : 0);
    return this;
  }

  /** A number as its 64-bit IEEE 754 pattern: any double, exactly. */
  float64(value: number): this {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, value);
    for (let i = 0; i < 8; i++) this.uint(view.getUint8(i), 8);
    return this;
  }

  get length(): number {
    return this.bits.length;
  }
}

export class BitReader {
  private at = 0;
  constructor(private readonly bits: readonly number[]) {}

  uint(width: number): number {
    if (this.at + width > this.bits.length) throw new OutOfBits();
    let value = 0;
    for (let i = 0; i < width; i++) value = value * 2 + (this.bits[this.at++] as number);
    return value;
  }

  bool(): boolean {
    return this.uint(1) === 1;
  }

  float64(): number {
    const view = new DataView(new ArrayBuffer(8));
    for (let i = 0; i < 8; i++) view.setUint8(i, this.uint(8));
    return view.getFloat64(0);
  }

  /** Bits not read yet. */
  get remaining(): number {
    return this.bits.length - this.at;
  }

  /** Whether every bit not read yet is 0 (the padding of the last character). */
  restIsZero(): boolean {
    for (let i = this.at; i < this.bits.length; i++) if (this.bits[i] !== 0) return false;
    return true;
  }
}

/** The fewest bits that hold 0 .. count − 1 (0 when there is one value or none). */
export function bitsFor(count: number): number {
  return count <= 1 ? 0 : Math.ceil(Math.log2(count));
}

/** Bits to characters, zero-padded to a whole character. */
export function bitsToBase32(bits: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bits.length; i += BITS_PER_CHAR) {
    let value = 0;
    for (let j = 0; j < BITS_PER_CHAR; j++) value = value * 2 + (bits[i + j] ?? 0);
    out += CROCKFORD_ALPHABET[value];
  }
  return out;
}

/** Characters (already normalised) to bits. */
export function base32ToBits(chars: string): number[] {
  const bits: number[] = [];
  for (const char of chars) {
    const value = CROCKFORD_ALPHABET.indexOf(char);
    if (value < 0) throw new RangeError(`"${char}" is not a code character`);
    for (let j = BITS_PER_CHAR - 1; j >= 0; j--) bits.push((value >> j) & 1);
  }
  return bits;
}

/** Readings Crockford allows for characters people confuse. */
const ALIASES: Record<string, string> = { O: '0', I: '1', L: '1' };
/** What people put between groups: hyphens of any kind, spaces, dots. */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212.·_]/gu;

export interface NormalisedCode {
  /** The code's characters, upper case, aliases resolved, separators dropped. */
  chars: string;
  /** Characters that are not code characters (each once, as typed). */
  invalid: string[];
}

export function normaliseCode(text: string): NormalisedCode {
  let chars = '';
  const invalid: string[] = [];
  for (const raw of text.normalize('NFKC').replace(SEPARATORS, '')) {
    const upper = raw.toUpperCase();
    const char = ALIASES[upper] ?? upper;
    if (CROCKFORD_ALPHABET.includes(char) && char.length === 1) chars += char;
    else if (!invalid.includes(raw)) invalid.push(raw);
  }
  return { chars, invalid };
}

/** "K7QF2M9D" -> "K7QF-2M9D": groups of `size`, joined by hyphens. */
export function groupCode(chars: string, size = 4): string {
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += size) groups.push(chars.slice(i, i + size));
  return groups.join('-');
}

export interface CrcSpec {
  width: number;
  /** The generator polynomial without its top term (x^width). */
  poly: number;
  init: number;
}

/** CRC-10 (the ATM one, x^10 + x^9 + x^5 + x^4 + x + 1), starting from all ones. */
export const CRC10: CrcSpec = { width: 10, poly: 0x233, init: 0x3ff };
/** A 20-bit CRC on the primitive x^20 + x^3 + 1, starting from all ones. */
export const CRC20: CrcSpec = { width: 20, poly: 0x00009, init: 0xfffff };

/** The CRC of a bit sequence, bit by bit (codes are short). */
export function crcOfBits(bits: readonly number[], spec: CrcSpec): number {
  const top = 2 ** (spec.width - 1);
  const mask = 2 ** spec.width - 1;
  let crc = spec.init;
  for (const bit of bits) {
    const feedback = (crc >= top ? 1 : 0) ^ bit;
    crc = (crc * 2) & mask;
    if (feedback) crc ^= spec.poly;
  }
  return crc;
}

/** 32-bit FNV-1a of a string's UTF-16 units: a short fingerprint (not a secret). */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Sealed codes: [version][check][length][payload][padding]

/**
 * How a code is sealed: its version's width, its CRC, and the width of its length field (the code's
 * length in characters modulo 2^lengthBits). The length tells a code with characters missing or one
 * too many from one with a character mistyped, which a failed check alone cannot.
 */
export interface CodeLayout {
  versionBits: number;
  check: CrcSpec;
  lengthBits: number;
}

export function headerBits(layout: CodeLayout): number {
  return layout.versionBits + layout.check.width + layout.lengthBits;
}

/** The code's characters for a version and payload: the check over everything else, padding to whole characters. */
export function sealCode(layout: CodeLayout, version: number, payload: readonly number[]): string {
  const bodyBits = headerBits(layout) + payload.length;
  const chars = Math.ceil(bodyBits / BITS_PER_CHAR);
  const covered = new BitWriter()
    .uint(version, layout.versionBits)
    .uint(chars % 2 ** layout.lengthBits, layout.lengthBits);
  covered.bits.push(...payload);
  while (covered.length + layout.check.width < chars * BITS_PER_CHAR) covered.bits.push(0);
  const out = new BitWriter()
    .uint(version, layout.versionBits)
    .uint(crcOfBits(covered.bits, layout.check), layout.check.width);
  out.bits.push(...covered.bits.slice(layout.versionBits));
  return bitsToBase32(out.bits);
}

export interface OpenedCode {
  version: number;
  /** Whether the check holds. */
  checked: boolean;
  /** Whether the length field agrees with the number of characters. */
  lengthAgrees: boolean;
  /** The payload and padding. */
  payload: number[];
}

/** Opens normalised characters (at least headerBits long) into their parts, without judging them. */
export function openCode(layout: CodeLayout, chars: string): OpenedCode {
  const bits = base32ToBits(chars);
  const reader = new BitReader(bits);
  const version = reader.uint(layout.versionBits);
  const check = reader.uint(layout.check.width);
  const length = reader.uint(layout.lengthBits);
  const covered = [...bits.slice(0, layout.versionBits), ...bits.slice(layout.versionBits + layout.check.width)];
  return {
    version,
    checked: crcOfBits(covered, layout.check) === check,
    lengthAgrees: length === chars.length % 2 ** layout.lengthBits,
    payload: bits.slice(headerBits(layout)),
  };
}
