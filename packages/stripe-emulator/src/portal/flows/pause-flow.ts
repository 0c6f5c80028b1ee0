import type Stripe from 'stripe';
import { pauseSubscription } from '../../actions/pause-subscription';
import { isStripeApiError } from '../../http/stripe-error';
import { addInterval } from '../../objects/period';
import { completeTask } from '../after-completion';
import { errorSummary, type FormProblems } from '../error-summary';
import { radioChoice } from '../fields';
import type { PortalForm } from '../form';
import { formatDate, formatInterval } from '../format';
import { html } from '../html';
import type { PortalRequest } from '../portal-request';
import { homeLink, respond } from '../respond';
import { planName, subscriptionFacts } from '../subscription-summary';

type Interval = Stripe.Price.Recurring.Interval;

/**
 * The `subscription_pause` page: the configuration's pause durations as radio buttons, or, for an
 * `indefinite` duration, a pause until the customer resumes.
 */
export function renderPausePage(
  request: PortalRequest,
  subscription: Stripe.Subscription,
  problems: FormProblems = {},
  status = 200,
): Response {
  const { emulator } = request;
  const duration = request.configuration.features.subscription_pause.duration;
  if (subscription.pause_collection) {
    const body = html`<p>Payments for this subscription are already paused.</p>${homeLink(request)}`;
    return respond(request, 'Pause subscription', body, status);
  }
  const options = duration.type === 'indefinite' ? [] : duration.interval_options;
  const body = html`${errorSummary(problems)}
<h2>${planName(emulator, subscription)}</h2>
${subscriptionFacts(emulator, subscription)}
<form method="post" action="${request.base}/subscriptions/${encodeURIComponent(subscription.id)}/pause">
<p>While paused, you are not charged.</p>
${
  options.length
    ? html`<fieldset><legend>Pause for</legend>
${options.map((option, index) => radioChoice('duration', String(index), formatInterval(option.interval, option.interval_count), index === 0))}
</fieldset>`
    : html`<p>Payments stay paused until you resume them.</p>`
}
<p class="form-actions"><button type="submit">Pause subscription</button></p>
</form>
${homeLink(request)}`;
  return respond(request, 'Pause subscription', body, status);
}

/** Pauses collection through `pauseSubscription`, until the chosen interval ends (or indefinitely). */
export function submitPause(request: PortalRequest, subscription: Stripe.Subscription, form: PortalForm): Response {
  const duration = request.configuration.features.subscription_pause.duration;
  let resumesAt: number | null = null;
  if (duration.type !== 'indefinite' && duration.interval_options.length) {
    const option = duration.interval_options[Number(form.get('duration') || '0')];
    if (!option || !/^\d+$/.test(form.get('duration') || '0')) {
      return renderPausePage(
        request,
        subscription,
        { fields: [{ id: 'field-duration-0', label: 'Pause for', message: 'Choose one of the listed durations.' }] },
        422,
      );
    }
    resumesAt = addInterval(request.emulator.clock.now(), option.interval as Interval, option.interval_count);
  }
  try {
    pauseSubscription(request.emulator, subscription.id, { resumesAt });
  } catch (error) {
    if (!isStripeApiError(error)) throw error;
    return renderPausePage(request, subscription, { problem: error.message }, 422);
  }
  return completeTask(
    request,
    resumesAt ? `Payments are paused until ${formatDate(resumesAt)}.` : 'Payments are paused until you resume them.',
  );
}
