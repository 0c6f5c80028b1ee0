import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import { chromiumLaunchOptions, resolveWorkspaceSources, testSequence } from '../../vitest.shared.js';
import { formPostRecorder } from './src/test/form-post-recorder.js';

/*
 * Real Chromium, for what jsdom cannot show: a tab opened inside the click, and real navigation.
 * Playwright turns the popup blocker off by default; it is back on here so the new-tab test means something.
 */
export default defineProject({
  ...resolveWorkspaceSources,
  // The recorder answers the form posts of a click before hydration (billing-button.pre-hydration.browser.test.tsx).
  plugins: [react(), formPostRecorder()],
  // The navigation fixture imports react-dom/client, which no test file does. Found mid-run on a cold
  // cache (a fresh clone), Vite re-bundled it and reloaded the page under the running test.
  optimizeDeps: {
    include: ['react', 'react-dom', 'react-dom/client', 'react-dom/server', 'react/jsx-dev-runtime', '@tanstack/react-query'],
  },
  test: {
    sequence: testSequence,
    name: 'react-browser',
    include: ['src/**/*.browser.test.tsx'],
    setupFiles: ['./src/test/setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { ...chromiumLaunchOptions, ignoreDefaultArgs: ['--disable-popup-blocking'] },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
