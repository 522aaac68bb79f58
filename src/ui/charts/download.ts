// Saves a file from the browser: a Blob behind an <a download>, clicked and cleaned up. Tiny and
// local to the charts, so the exports do not wait on the platform layer.

/** Offers `blob` as a download named `filename`. */
export function downloadBlob(doc: Document, blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  (doc.defaultView ?? window).setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Offers text as a download (UTF-8). */
export function downloadText(doc: Document, text: string, filename: string, type: string): void {
  downloadBlob(doc, new Blob([text], { type: `${type};charset=utf-8` }), filename);
}
