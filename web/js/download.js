// Saving text the page made (a template, the order as JSON) as a file. The
// file is a Blob URL made at click time and revoked after: no network.

/**
 * @param {string} fileName
 * @param {string} text
 * @param {string} type MIME type
 */
export function downloadText(fileName, text, type) {
  downloadBlob(fileName, new Blob([text], { type }));
}

/**
 * Saves bytes the engine wrote (a CSV with its BOM) as a file.
 * @param {string} fileName
 * @param {Uint8Array} bytes
 * @param {string} type MIME type
 */
export function downloadBytes(fileName, bytes, type) {
  downloadBlob(fileName, new Blob([bytes], { type }));
}

function downloadBlob(fileName, blob) {
  const url = URL.createObjectURL(blob);
  const $a = document.createElement('a');
  $a.href = url;
  $a.download = fileName;
  $a.hidden = true;
  document.body.append($a);
  $a.click();
  $a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The SHA-256 of bytes, as lower-case hex (the payload's source.sha256).
 * @param {ArrayBuffer|Uint8Array} bytes
 * @returns {Promise<string>}
 */
export async function sha256Hex(bytes) {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
