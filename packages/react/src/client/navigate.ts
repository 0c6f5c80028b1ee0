/**
 * The default way to leave for the portal: a normal navigation in this tab, so Back returns to the app.
 * Read `window` only when called, so importing this never breaks server rendering.
 * @internal
 */
export function assignLocation(url: string): void {
  window.location.assign(url);
}

/**
 * Opens an empty tab synchronously, inside the click, while the browser still counts it as the user's
 * gesture; an `await` first would get it blocked (Safari blocks any later call, Chrome after a few seconds).
 * `opener` is cut so the portal page cannot script or redirect this one (reverse tabnabbing).
 * @internal
 */
export function openBlankTab(): Window | null {
  const tab = window.open('', '_blank');
  if (tab) tab.opener = null;
  return tab;
}
