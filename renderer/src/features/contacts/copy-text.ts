/**
 * Copy text to the clipboard from a click. navigator.clipboard is denied in the Electron app (the permission
 * handler refuses every permission, on purpose), so the copy goes through a hidden, selected textarea and
 * document.execCommand('copy'), which works inside a user gesture without any permission. Must be called
 * synchronously from the click handler.
 */
export function copyText(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.top = '0';
  area.style.left = '-9999px';
  area.style.opacity = '0';
  const previous = document.activeElement as HTMLElement | null;
  document.body.appendChild(area);
  area.select();
  let copied: boolean;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  previous?.focus();
  return copied;
}
