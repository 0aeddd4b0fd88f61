// Copies text with the asynchronous Clipboard API; false where the browser refuses (no permission, insecure page,
// an embedding frame without clipboard-write) so the caller can show the text selected instead.
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!('clipboard' in navigator)) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
