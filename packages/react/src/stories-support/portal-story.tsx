import { useState, type ReactNode } from 'react';
import type { Decorator } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { fn, type Mock } from 'storybook/test';
import { BillingPortalProvider, type BillingLabels, type BillingMessages, type PortalHeaders } from '../index';
import type { ScriptedFetch } from './scripted-fetch';

/** The provider's side of a story: the scripted server, the captured navigation, and translations. */
export interface PortalStoryArgs {
  /** The scripted server (see `scriptedFetch`). */
  fetch: ScriptedFetch;
  /** Records the portal URL instead of leaving the page. */
  navigate: Mock<(url: string) => void>;
  endpoint?: string;
  headers?: PortalHeaders;
  messages?: BillingMessages;
  labels?: BillingLabels;
}

/** A fresh `navigate` spy for a story's args. */
export function capturedNavigate(): Mock<(url: string) => void> {
  return fn<(url: string) => void>().mockName('navigate');
}

/**
 * Wraps a story in `BillingPortalProvider` with the story's scripted fetch and captured navigate, and a
 * QueryClient of its own, so no state leaks from one story to the next.
 */
export const withBillingPortal: Decorator = (Story, { args }) => (
  <StoryPortal {...(args as unknown as PortalStoryArgs)}>
    <Story />
  </StoryPortal>
);

function StoryPortal({ children, ...provider }: PortalStoryArgs & { children: ReactNode }) {
  // One client per mounted story: a new one on every render would drop the mutation's state.
  const [queryClient] = useState(() => new QueryClient());
  return (
    <BillingPortalProvider queryClient={queryClient} {...provider}>
      {children}
    </BillingPortalProvider>
  );
}

/** `Omit` for each member of a union, so flow-dependent props stay a union. */
export type WithoutPortalArgs<T> = T extends unknown ? Omit<T, keyof PortalStoryArgs> : never;

/** Splits a story's args into the provider's (handled by the decorator) and the component's. */
export function componentArgs<T extends PortalStoryArgs>(args: T): WithoutPortalArgs<T> {
  const {
    fetch: _fetch,
    navigate: _navigate,
    endpoint: _endpoint,
    headers: _headers,
    messages: _messages,
    labels: _labels,
    ...rest
  } = args;
  return rest as WithoutPortalArgs<T>;
}

/**
 * A provider with a QueryClient of its own, for cells of a side-by-side story: each cell is a page of
 * its own, so one busy cell does not hold the others (one redirect at a time is per QueryClient).
 */
export function PortalCell({ fetch, children }: { fetch: ScriptedFetch; children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <BillingPortalProvider fetch={fetch} queryClient={queryClient}>
      {children}
    </BillingPortalProvider>
  );
}
