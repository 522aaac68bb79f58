// A QR code drawn as an SVG image from the matrix of src/platform/qr.ts: one <rect> per run of dark
// modules, made with DOM calls (never markup), crisp at any size and in print.
import { qrMatrix, qrRuns } from '../platform/qr';

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG image (role img) of `text`'s QR code, named `label`. Its size is the CSS's to set. */
export function qrImage(doc: Document, text: string, label: string, className = 'workshop-qr'): SVGSVGElement {
  const matrix = qrMatrix(text);
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${matrix.size} ${matrix.size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', className);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('data-qr-text', text);
  const paper = doc.createElementNS(SVG, 'rect');
  paper.setAttribute('width', String(matrix.size));
  paper.setAttribute('height', String(matrix.size));
  paper.setAttribute('fill', '#fff');
  svg.append(paper);
  const ink = doc.createElementNS(SVG, 'g');
  ink.setAttribute('fill', '#000');
  for (const run of qrRuns(matrix)) {
    const rect = doc.createElementNS(SVG, 'rect');
    rect.setAttribute('x', String(run.x));
    rect.setAttribute('y', String(run.y));
    rect.setAttribute('width', String(run.width));
    rect.setAttribute('height', '1');
    ink.append(rect);
  }
  svg.append(ink);
  return svg;
}
