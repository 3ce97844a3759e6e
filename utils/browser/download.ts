/**
 * Saves a text file from an extension page the way any web page does: a Blob, an
 * object URL and a temporary <a download>. No `downloads` permission (one fewer
 * install warning); the browser's own download handling and prompts apply.
 */

export interface TextFile {
  filename: string;
  text: string;
  /** e.g. "text/csv;charset=utf-8". */
  mimeType: string;
}

/**
 * Revoking the object URL in the same task as the click can cancel the download
 * before the browser has read the Blob (seen in Firefox), so wait a little first.
 * An extension page's object URLs are freed when it closes anyway.
 */
const REVOKE_AFTER_MS = 10_000;

export function downloadTextFile({ filename, text, mimeType }: TextFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
