/** Offers `text` as a file download (a Blob URL on a temporary link; nothing is parsed). */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // revoke after the click has been handled (Firefox needs the URL for a moment)
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "2025-01-06" in the reader's local time, for file names. */
export function localDate(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
