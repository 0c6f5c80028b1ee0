'use client';

/*
 * `@portalkit/react/form`: the form variant, for server-rendered pages that must work before hydration
 * and with JavaScript off. A subpath of its own so that apps that only use the button do not ship it; it
 * shares the provider, hooks and state with the main entry.
 */
export { ManageBillingForm } from './components/manage-billing-form';
export type { ManageBillingFormProps } from './components/manage-billing-form';
