'use client';

/*
 * `@portalkit/react/form`: the form variants, for server-rendered pages that must work before hydration
 * and with JavaScript off. A subpath of its own so that apps that only use the buttons do not ship
 * them; it shares the provider, hooks and state with the main entry.
 */
export { ManageBillingForm } from './components/manage-billing-form';
export type { ManageBillingFormProps } from './components/manage-billing-form';
export { CheckoutForm } from './components/checkout-form';
export type { CheckoutFormProps } from './components/checkout-form';
