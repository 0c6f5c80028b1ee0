import type Stripe from 'stripe';
import { renewSubscription } from '../../actions/cancel-subscription';
import { resumeSubscription } from '../../actions/pause-subscription';
import { isStripeApiError } from '../../http/stripe-error';
import { completeTask } from '../after-completion';
import type { PortalRequest } from '../portal-request';
import { seeOther } from '../respond';

/**
 * The homepage's one-click buttons: "Renew subscription" undoes a cancellation scheduled for the
 * period end, "Resume subscription" ends a pause. Both return to the homepage.
 *
 * @example
 * return submitHomepageAction(request, subscription, 'renew');
 */
export function submitHomepageAction(
  request: PortalRequest,
  subscription: Stripe.Subscription,
  action: 'renew' | 'resume',
): Response {
  try {
    if (action === 'renew') renewSubscription(request.emulator, subscription.id);
    else resumeSubscription(request.emulator, subscription.id);
  } catch (error) {
    if (!isStripeApiError(error)) throw error;
    request.state.notice = error.message;
    return seeOther(`${request.base}/home`);
  }
  return completeTask(request, action === 'renew' ? 'Your subscription will renew.' : 'Your subscription has been resumed.');
}
