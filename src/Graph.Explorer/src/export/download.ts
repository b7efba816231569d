/** Hands a file to the browser's download. */
export function download(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The click has handed the blob over; revoke after the current task so the download can start.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
