// QR codes of the join link and of result codes, as a module matrix the screen draws with DOM calls
// (createElementNS 'rect's, or a canvas), never as markup. The encoder is the `qr` package: no
// dependencies, maintained, and it reads QR codes too (the camera scan of result codes can use it).
import encodeQR from 'qr';

/** The quiet zone the QR standard asks for around the symbol, in modules. */
export const QUIET_ZONE = 4;

export type QrErrorCorrection = 'low' | 'medium' | 'quartile' | 'high';

export interface QrMatrix {
  /** QR version 1..40 (the symbol is 17 + 4 × version modules wide). */
  version: number;
  /** Modules across the symbol, without the quiet zone. */
  symbolSize: number;
  /** Modules across the whole matrix, quiet zone included. */
  size: number;
  quietZone: number;
  /** modules[y][x]: true is a dark module; the quiet zone is included. */
  modules: boolean[][];
}

/**
 * The QR code of a text. Codes and links are short, so the default error correction is "medium"
 * (15 %): a symbol small enough to read from the back of a room when drawn large.
 */
export function qrMatrix(text: string, ecc: QrErrorCorrection = 'medium'): QrMatrix {
  const modules = encodeQR(text, 'raw', { ecc, border: QUIET_ZONE });
  const size = modules.length;
  const symbolSize = size - 2 * QUIET_ZONE;
  return { version: (symbolSize - 17) / 4, symbolSize, size, quietZone: QUIET_ZONE, modules };
}

export interface QrRun {
  x: number;
  y: number;
  width: number;
}

/** The dark modules as horizontal runs, one rectangle each: fewer elements to draw than one per module. */
export function qrRuns(matrix: QrMatrix): QrRun[] {
  const runs: QrRun[] = [];
  matrix.modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      runs.push({ x: start, y, width: x - start });
    }
  });
  return runs;
}
