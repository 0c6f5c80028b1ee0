import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { Decorator } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { fn, type Mock } from 'storybook/test';
import { BillingPortalProvider, type BillingLabels, type BillingMessages, type PortalHeaders } from '../index';
import type { ScriptedFetch } from './scripted-fetch';

/** The event a stubbed new tab dispatches on `window` with the URL it was sent to. */
export const TAB_OPENED_EVENT = 'story-tab-opened';

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
 * QueryClient of its own, so no state leaks from one story to the next. Where the app would leave for
 * Stripe, the story says which page would open and offers a reset, so a person is never left with a
 * button that seems stuck.
 */
export const withBillingPortal: Decorator = (Story, { args }) => (
  <StoryPortal {...(args as unknown as PortalStoryArgs)}>
    <Story />
  </StoryPortal>
);

function StoryPortal(props: PortalStoryArgs & { children: ReactNode }) {
  // A new key remounts the story with a fresh client: back to the state it opened in.
  const [run, setRun] = useState(0);
  return <StoryRun key={run} {...props} reset={() => setRun((count) => count + 1)} />;
}

function StoryRun({
  children,
  fetch,
  navigate,
  reset,
  ...provider
}: PortalStoryArgs & { children: ReactNode; reset: () => void }) {
  // One client per mounted story: a new one on every render would drop the mutation's state.
  const [queryClient] = useState(() => new QueryClient());
  const [opened, setOpened] = useState<{ url: string; newTab: boolean }>();
  // A stubbed new tab (see `stubWindowOpen`) reports the URL it was sent to.
  useEffect(() => {
    const onTab = (event: Event) => setOpened({ url: (event as CustomEvent<string>).detail, newTab: true });
    window.addEventListener(TAB_OPENED_EVENT, onTab);
    return () => window.removeEventListener(TAB_OPENED_EVENT, onTab);
  }, []);
  // Once the story has sent a request, a reset is on offer even if nothing opens (pending, an error).
  const [touched, setTouched] = useState(false);
  const recordingFetch = useCallback<typeof globalThis.fetch>(
    (input, init) => {
      setTouched(true);
      return fetch(input, init);
    },
    [fetch],
  );
  const recordingNavigate = useCallback(
    (url: string) => {
      navigate(url);
      setOpened({ url, newTab: false });
    },
    [navigate],
  );
  return (
    <>
      <BillingPortalProvider queryClient={queryClient} fetch={recordingFetch} navigate={recordingNavigate} {...provider}>
        {children}
      </BillingPortalProvider>
      {opened !== undefined ? (
        <WouldOpen {...opened} reset={reset} />
      ) : touched ? (
        <div className="story-would-open">
          <ResetButton reset={reset} />
        </div>
      ) : null}
    </>
  );
}

/** In place of leaving for Stripe: the page that would open, and the way back to the story's start. */
function WouldOpen({ url, newTab = false, reset }: { url: string; newTab?: boolean; reset: () => void }) {
  const page = new URL(url, location.href).hostname.startsWith('checkout.') ? 'Checkout' : 'The portal';
  return (
    <div role="status" className="story-would-open">
      <p>
        {page} would open{newTab ? ' in a new tab' : ''}: <code>{url}</code>
      </p>
      <ResetButton reset={reset} />
    </div>
  );
}

function ResetButton({ reset }: { reset: () => void }) {
  return (
    <button type="button" className="app-button" onClick={reset}>
      Reset the story
    </button>
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
