/**
 * Copy text from an extension page. The async Clipboard API needs the document to be
 * focused; a side panel that was just clicked may not be, so fall back to the
 * classic execCommand on a hidden textarea, which extension pages still allow.
 */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // fall through to the legacy path
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  const previous = document.activeElement as HTMLElement | null;
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  previous?.focus();
  if (!ok) throw new Error('The browser refused to copy to the clipboard.');
}
