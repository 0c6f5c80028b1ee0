import { html } from '../html';
import type { PortalRequest } from '../portal-request';
import { respond } from '../respond';

/**
 * The `hosted_confirmation` page shown after a deep-linked task: the session's `custom_message`
 * (escaped like every other value), else what was done, and the return link.
 *
 * @example
 * return renderConfirmationPage(request);
 */
export function renderConfirmationPage(request: PortalRequest): Response {
  const after = request.flow?.after_completion;
  const custom = after?.type === 'hosted_confirmation' ? after.hosted_confirmation?.custom_message : null;
  const done = request.state.notice;
  const body = html`<p role="status" data-testid="confirmation-message">${custom || done || 'Your changes have been saved.'}</p>
${custom && done ? html`<p>${done}</p>` : null}
${request.returnUrl ? null : html`<p>You can close this page.</p>`}`;
  return respond(request, 'All set', body);
}
