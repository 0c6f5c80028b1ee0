import { formatDate, formatMoney } from './format';
import { html, type SafeHtml } from './html';
import type { ProrationPreview } from './proration-preview';

/**
 * The confirmation page's money: the credit for unused time, the new price for the rest of the
 * period (or a new period), the proration, and the amount due today, labelled as the emulator's
 * estimate, since the emulator creates no invoice for the change.
 *
 * @example
 * html`${amountDue(previewProration(change, now, behavior), { from: 'Pro', to: 'Pro yearly', discounted: false })}`;
 */
export function amountDue(preview: ProrationPreview, plans: { from: string; to: string; discounted: boolean }): SafeHtml {
  const money = (amount: number) => formatMoney(amount, preview.currency);
  const days = `${preview.remainingDays} of ${preview.periodDays} days`;
  const proration =
    preview.behavior === 'none' && !preview.newCycle
      ? html`<dt>Proration</dt><dd data-testid="proration">None: the new price applies from ${formatDate(preview.nextInvoiceAt)}</dd>`
      : html`<dt>Unused time on ${plans.from} (${days})</dt><dd data-testid="proration-credit">−${money(preview.credit)}</dd>
<dt>${preview.newCycle ? html`${plans.to}, new period from today` : html`Remaining time on ${plans.to} (${days})`}</dt><dd data-testid="proration-charge">${money(preview.charge)}</dd>
<dt>Proration</dt><dd data-testid="proration">${money(preview.net)}${preview.dueToday === 0 && preview.net !== 0 ? html`, ${preview.net > 0 ? 'added to' : 'credited on'} your next invoice` : null}</dd>`;
  return html`<section aria-labelledby="amount-due-heading" data-testid="amount-due">
<h2 id="amount-due-heading">Amount due today (emulated)</h2>
<dl>
${proration}
<dt>Amount due today</dt><dd data-testid="due-today"><strong>${money(preview.dueToday)}</strong></dd>
<dt>Next invoice</dt><dd>${formatDate(preview.nextInvoiceAt)}</dd>
</dl>
<p class="emulated">Emulated figures: the emulator prorates by whole days${plans.discounted ? ', before discounts,' : ''} and creates no invoice or charge for this change.</p>
</section>`;
}
