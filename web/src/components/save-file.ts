import type { DownloadedFile } from '../api/client.ts';

/**
 * Hands a fetched file to the browser's download, under the server's name or `fallbackName`. Files behind
 * the Authorization header cannot be plain links, so they are fetched as a Blob and saved through `<a download>`.
 */
export function saveFile(file: DownloadedFile, fallbackName: string): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename ?? fallbackName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
