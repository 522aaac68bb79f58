// Files at the browser's edge: offer a Blob as a download, and read a chosen File as text.
// No network and no server: the download is a temporary object URL clicked through a link.
import { withoutBom } from '../scenario/errors';

/** Offers a Blob as a file download named `filename`. */
export function downloadBlob(doc: Document, blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers start reading the URL after click() returns: revoke it a little later.
    (doc.defaultView ?? globalThis).setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** Offers text as a file download (JSON by default). */
export function downloadText(doc: Document, filename: string, text: string, type = 'application/json'): void {
  downloadBlob(doc, new Blob([text], { type: `${type};charset=utf-8` }), filename);
}

/** Reads a File (or any Blob) as UTF-8 text, without a leading byte-order mark (Windows editors add one). */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text().then(withoutBom);
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(withoutBom(typeof reader.result === 'string' ? reader.result : ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}
