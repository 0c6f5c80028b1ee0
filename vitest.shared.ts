import { defaultClientConditions, defaultServerConditions } from 'vite';

/*
 * Workspace packages export `portalkit-source` -> `src/*.ts`, so tests, the demo and Storybook run
 * the TypeScript sources directly, with no build step in between.
 */
export const SOURCE_CONDITION = 'portalkit-source';

/** Vite/Vitest `resolve` settings that pick the source condition in browser and Node code alike. */
export const resolveWorkspaceSources = {
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
};

/**
 * Debian's Chromium, never a downloaded browser. The networking flags stop it from calling hosts this
 * sandboxed machine cannot reach. `CHROMIUM_PATH` points elsewhere on machines without it.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-quic',
    '--no-first-run',
    '--disable-component-update',
    '--disable-sync',
  ],
};
