/*
 * The script of the pre-hydration browser tests' page. It does not hydrate on load: the test calls
 * `window.hydrate()` when it wants React to take over, as a slow network would, much later.
 */
import { useEffect, type ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { PreHydrationApp } from './pre-hydration-app';
import { createScriptedFetch, type ScriptedFetch } from './scripted-fetch';

declare global {
  interface Window {
    /** Hydrates the server-rendered page; resolves with its scripted `fetch` once React has committed. */
    hydrate?: (token: string) => Promise<ScriptedFetch>;
  }
}

// Adds no markup, so the hydrated tree matches the server's HTML.
function OnCommit({ done, children }: { done: () => void; children: ReactNode }) {
  useEffect(done, [done]);
  return children;
}

window.hydrate = (token) =>
  new Promise((resolve) => {
    const server = createScriptedFetch();
    hydrateRoot(
      document.getElementById('root')!,
      <OnCommit done={() => resolve(server)}>
        <PreHydrationApp token={token} fetch={server.fetch} />
      </OnCommit>,
    );
  });
