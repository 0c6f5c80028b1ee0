import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions, resolveWorkspaceSources, testSequence } from '../vitest.shared.js';

const dirname = path.dirname(fileURLToPath(import.meta.url));

/*
 * Every story is a test: the plugin renders each one in Chromium and runs its play function, and
 * addon-a11y's axe check runs after it. Since Storybook 10.3 the plugin applies `preview.ts` itself,
 * so no setup file with `setProjectAnnotations` is needed (one would switch that off).
 */
export default defineConfig({
  ...resolveWorkspaceSources,
  plugins: [storybookTest({ configDir: dirname })],
  // Found only once a story imports the kit; discovered mid-run, Vite would reload the page and fail it.
  optimizeDeps: { include: ['@tanstack/react-query', 'react-dom/server'] },
  test: {
    sequence: testSequence,
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: chromiumLaunchOptions }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
