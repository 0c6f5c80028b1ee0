/*
 * The subscription card as the server renders it (the HTML a customer sees before, and without,
 * JavaScript), from fixture billing states: the money facts and the one primary action per state.
 */
import type { BillingSubscription } from '@portalkit/protocol';
import { BillingPortalProvider } from '@portalkit/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { toBillingView } from '../billing-view';
import { billingDiscount, billingItem, billingState, billingSubscription } from '../testing/billing-state-fixtures';
import { SubscriptionCard } from './subscription-card';

/** The card's HTML for `subscription`, parsed enough to read by test ID and by primary button. */
function renderCard(subscription: BillingSubscription) {
  const state = billingState({ subscriptions: [subscription] });
  const view = toBillingView(state, []).subscriptions[0]!;
  const card = createElement(SubscriptionCard, { subscription: view, plans: [] });
  const html = renderToString(
    createElement(QueryClientProvider, { client: new QueryClient() }, createElement(BillingPortalProvider, null, card)),
  );
  const text = (testId: string) =>
    new RegExp(`data-testid="${testId}"[^>]*>(.*?)</(dd|span)>`).exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? null;
  const primaries = [...html.matchAll(/class="button button--primary"[^>]*>([^<]*)/g)].map((match) => match[1]);
  return { text, primaries };
}

describe('the subscription card', () => {
  it('shows the next charge after an accepted retention offer, and the offer itself', () => {
    const offer = billingDiscount({ percentOff: 25, end: Date.UTC(2027, 2, 5) / 1000 });
    const card = renderCard(billingSubscription({ items: [billingItem({ unitAmount: 2900, quantity: 1 })], discounts: [offer] }));
    expect(card.text('next-charge')).toBe('$21.75 on Jan 1, 2027 before tax');
    expect(card.text('subscription-discount')).toBe('25% off until Mar 5, 2027');
    expect(card.text('subscription-status')).toBe('Active');
    expect(card.primaries).toEqual(['Change plan']);
  });

  it('shows no amount for a canceling subscription, says what happens instead, and offers to renew', () => {
    const card = renderCard(billingSubscription({ cancelAtPeriodEnd: true }));
    expect(card.text('subscription-status')).toBe('Cancels on Jan 1, 2027');
    expect(card.text('next-charge')).toBe('None: you will not be charged again');
    expect(card.primaries).toEqual(['Renew subscription']);
  });

  it('shows no amount for a paused subscription and offers to resume', () => {
    const card = renderCard(billingSubscription({ pauseCollection: { behavior: 'void', resumesAt: null } }));
    expect(card.text('subscription-status')).toBe('Paused');
    expect(card.text('next-charge')).toBe('None while payments are paused');
    expect(card.primaries).toEqual(['Resume payments']);
  });

  it('leaves the primary action to the past-due banner while a payment failed', () => {
    const card = renderCard(billingSubscription({ status: 'past_due' }));
    expect(card.text('subscription-status')).toBe('Past due');
    expect(card.primaries).toEqual([]);
  });
});
