/** Saves text as a file through an <a download> on an object URL (no downloads permission). */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // the browser has read the blob once the download started
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
