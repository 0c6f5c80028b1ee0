import { isNavigationOpen } from './access';
import type { PortalRequest } from './portal-request';
import { seeOther } from './respond';

/**
 * Where the customer goes once a page's action has changed the emulator's state.
 *
 * On the homepage's own navigation, back to the homepage with `notice`. At the end of a deep link,
 * the flow is marked done (its page no longer opens) and `flow_data.after_completion` decides:
 * `redirect` sends the browser to `redirect.return_url`, `hosted_confirmation` shows the
 * confirmation page with the session's `custom_message`, and `portal_homepage` opens the homepage.
 * Always a 303, so reloading the next page does not post the form again.
 *
 * @example
 * cancelSubscription(request.emulator, subscription.id, { mode });
 * return completeTask(request, 'Your subscription has been canceled.');
 */
export function completeTask(request: PortalRequest, notice: string): Response {
  const { flow, state, base } = request;
  if (flow === null || isNavigationOpen(request)) {
    state.notice = notice;
    return seeOther(`${base}/home`);
  }
  state.flowDone = true;
  state.notice = notice;
  state.outcome = notice;
  const after = flow.after_completion;
  if (after.type === 'redirect' && after.redirect && isWebUrl(after.redirect.return_url)) {
    state.notice = null;
    return seeOther(after.redirect.return_url);
  }
  if (after.type === 'portal_homepage') return seeOther(`${base}/home`);
  // hosted_confirmation, and the emulator's fallback for a redirect target that is not a web URL
  // (the API validates it at session creation; this only guards against a store seeded by hand).
  return seeOther(`${base}/done`);
}

function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
