import type Stripe from 'stripe';
import { applyRetentionCoupon } from '../../actions/apply-coupon';
import { cancelSubscription } from '../../actions/cancel-subscription';
import { isStripeApiError } from '../../http/stripe-error';
import { completeTask } from '../after-completion';
import { isNavigationOpen } from '../access';
import { errorSummary, type FormProblems } from '../error-summary';
import { radioChoice } from '../fields';
import type { PortalForm } from '../form';
import { formatDate } from '../format';
import { html } from '../html';
import type { PortalRequest } from '../portal-request';
import { homeLink, respond } from '../respond';
import { periodEndOf, planName } from '../subscription-summary';
import { renderRetentionOffer, retentionCouponOf } from './retention-offer';

type Feedback = Stripe.Subscription.CancellationDetails.Feedback;

/** The portal's wording for each `cancellation_reason.options` value. */
export const CANCELLATION_REASON_LABELS: Record<Feedback, string> = {
  too_expensive: "It's too expensive",
  missing_features: 'Some features are missing',
  switched_service: "I'm switching to a different service",
  unused: "I don't use the service enough",
  customer_service: 'Customer service was less than expected',
  too_complex: 'Ease of use was less than expected',
  low_quality: 'Quality was less than expected',
  other: 'Other reason',
};

/**
 * The `subscription_cancel` page, in the order a customer decides in: what canceling costs them
 * and when (under the configuration's `mode`), then the configured cancellation reasons, then the
 * session's retention coupon offer when it asked for one, and the confirm button last, on its own
 * row. The offer is its own form, so "Accept offer" is a separate, explicit choice; the reasons
 * belong to the cancel form, whose button sits after the offer (`form="cancel-form"`), so the
 * Enter key in the reasons still means "cancel", never "accept".
 */
export function renderCancelPage(
  request: PortalRequest,
  subscription: Stripe.Subscription,
  problems: FormProblems = {},
  status = 200,
): Response {
  const { emulator, configuration, base } = request;
  const settings = configuration.features.subscription_cancel;
  const end = periodEndOf(subscription);
  const plan = planName(emulator, subscription);
  const path = `${base}/subscriptions/${encodeURIComponent(subscription.id)}/cancel`;
  if (subscription.cancel_at_period_end) {
    const body = html`<p>Your ${plan} subscription is already set to cancel${end ? html` on ${formatDate(end)}` : null}.</p>${homeLink(request)}`;
    return respond(request, 'Cancel subscription', body, status);
  }
  const reasons = settings.cancellation_reason.enabled ? settings.cancellation_reason.options : [];
  const coupon = isNavigationOpen(request) ? null : retentionCouponOf(request);
  const endsOn = settings.mode === 'immediately' ? null : end;
  const body = html`${errorSummary(problems)}
<section class="consequence" aria-labelledby="consequence-heading" data-testid="cancel-consequence">
<h2 id="consequence-heading">${endsOn === null ? 'Your plan ends immediately' : html`Your plan ends on ${formatDate(endsOn)}`}</h2>
<p>${
    endsOn === null
      ? html`Your subscription will end immediately. You lose access to ${plan} as soon as you confirm, and you are not charged again.`
      : html`You keep ${plan} until then. After that you lose access and are not charged again.`
  }</p>
</section>
<form id="cancel-form" method="post" action="${path}">
${
  reasons.length
    ? html`<fieldset><legend>Why are you canceling? (optional)</legend>
${reasons.map((reason) => radioChoice('reason', reason, CANCELLATION_REASON_LABELS[reason] ?? reason, false))}
</fieldset>
<label for="field-comment">Anything else you would like to tell us? (optional)</label>
<textarea id="field-comment" name="comment" rows="4" maxlength="500"></textarea>`
    : null
}
</form>
${coupon ? renderRetentionOffer(coupon, `${path}/offer`) : null}
<p class="form-actions"><button type="submit" form="cancel-form" class="danger">Cancel subscription</button></p>
${homeLink(request)}`;
  return respond(request, 'Cancel subscription', body, status);
}

/** Cancels per the configuration's `mode` with the chosen reason, through `cancelSubscription`. */
export function submitCancel(request: PortalRequest, subscription: Stripe.Subscription, form: PortalForm): Response {
  const settings = request.configuration.features.subscription_cancel;
  const allowed: readonly string[] = settings.cancellation_reason.enabled ? settings.cancellation_reason.options : [];
  const reason = form.get('reason');
  if (reason && !allowed.includes(reason))
    return renderCancelPage(
      request,
      subscription,
      {
        fields: [{ id: `field-reason-${allowed[0] ?? 'other'}`, label: 'Reason', message: 'Choose one of the listed reasons.' }],
      },
      422,
    );
  const comment = form.get('comment').slice(0, 500);
  try {
    cancelSubscription(request.emulator, subscription.id, {
      mode: settings.mode === 'immediately' ? 'immediately' : 'at_period_end',
      feedback: reason ? (reason as Feedback) : null,
      comment: comment || null,
    });
  } catch (error) {
    if (!isStripeApiError(error)) throw error;
    return renderCancelPage(request, subscription, { problem: error.message }, 422);
  }
  const end = periodEndOf(subscription);
  return completeTask(
    request,
    settings.mode === 'at_period_end' && end !== null
      ? `Your subscription will be canceled on ${formatDate(end)}.`
      : 'Your subscription has been canceled.',
  );
}

/** Accepts the retention offer: applies the coupon and does not cancel. */
export function submitRetentionOffer(request: PortalRequest, subscription: Stripe.Subscription): Response {
  const coupon = isNavigationOpen(request) ? null : retentionCouponOf(request);
  if (!coupon) return renderCancelPage(request, subscription, { problem: 'This offer is not available.' }, 409);
  try {
    applyRetentionCoupon(request.emulator, subscription.id, coupon.id);
  } catch (error) {
    if (!isStripeApiError(error)) throw error;
    return renderCancelPage(request, subscription, { problem: error.message }, 422);
  }
  return completeTask(request, 'The offer was applied. Your subscription continues.');
}
