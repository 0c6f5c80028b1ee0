import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig, type UserConfig } from 'vite';
// `.js`: Storybook loads this file with Node's resolver, which needs an extension; TypeScript maps it to `.ts`.
import { resolveWorkspaceSources } from '../vitest.shared.js';

/*
 * One Storybook for the whole workspace. Stories and docs pages sit beside the components they show;
 * `viteFinal` makes `@portalkit/*` imports resolve to their TypeScript sources, as in tests and the
 * demo, so a story always shows the code in the checkout and never a stale build.
 */
const storybookVite: UserConfig = {
  ...resolveWorkspaceSources,
  build: {
    // Storybook's own preview runtime is over 1 MB; this build holds stories and docs, nothing that ships.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // TanStack Query marks its modules 'use client', which means nothing in a client-only bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
};

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../packages/*/src/**/*.mdx', '../packages/*/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The `*.play.stories.tsx` files: stories that click themselves, for the Vitest project only. A person
  // opening Storybook meets each story untouched, and it does what it does on their click.
  tags: { 'test-only': { excludeFromSidebar: true, excludeFromDocsStories: true } },
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => mergeConfig(viteConfig, storybookVite),
};

export default config;
