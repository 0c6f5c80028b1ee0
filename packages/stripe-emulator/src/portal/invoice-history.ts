import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import { invoicesOf } from '../store/create-store';
import { formatDate, formatMoney } from './format';
import { html, type SafeHtml } from './html';
import { statusLabel } from './subscription-summary';

// Stripe's portal lists recent invoices; how many it shows was not confirmed, so the emulator picks.
const SHOWN = 12;

/**
 * The homepage's invoice history (`features.invoice_history`): date, amount and status of the
 * customer's finalized invoices, newest first, as a table. Drafts are left out, as customers never
 * see them on Stripe.
 *
 * @example
 * html`${invoiceHistory(emulator, customer)}`;
 */
export function invoiceHistory(emulator: EmulatorContext, customer: Stripe.Customer): SafeHtml {
  const invoices = invoicesOf(emulator.store, customer.id)
    .filter((invoice) => invoice.status !== 'draft')
    .slice(0, SHOWN);
  const rows = invoices.map(
    (invoice) =>
      html`<tr data-testid="invoice-${invoice.id}"><td>${formatDate(invoice.created)}</td><td>${formatMoney(invoice.amount_due, invoice.currency)}</td><td>${statusLabel(invoice.status ?? 'draft')}</td><td>${invoice.number ?? ''}</td></tr>`,
  );
  return html`<section aria-labelledby="invoices-heading">
<h2 id="invoices-heading">Invoice history</h2>
${
  invoices.length
    ? html`<table>
<thead><tr><th scope="col">Date</th><th scope="col">Amount</th><th scope="col">Status</th><th scope="col">Number</th></tr></thead>
<tbody>${rows}</tbody>
</table>`
    : html`<p>No invoices yet.</p>`
}
</section>`;
}
