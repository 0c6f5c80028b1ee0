/// <reference types="vite/client" />
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { act, render, screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import preview from '../../../../.storybook/preview';
import type { PortalStoryArgs } from './portal-story';

/** What the check needs of a composed story: something to render, and the args it renders with. */
type ComposedStory = ComponentType & { args: Partial<PortalStoryArgs> };

/*
 * What a person meets on opening a story in Storybook: the story as it renders, before anyone clicks.
 * Play functions live in the `*.play.stories.tsx` files (tagged `test-only`, hidden from people), so
 * every other story must open untouched: no request, no navigation, no new tab, and a control in its
 * resting state that the person can click.
 */
const storyFiles = import.meta.glob<Parameters<typeof composeStories>[0]>(['../**/*.stories.tsx', '!../**/*.play.stories.tsx'], {
  eager: true,
});

beforeAll(() => {
  setProjectAnnotations(preview);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const cases = Object.entries(storyFiles).flatMap(([file, module]) =>
  Object.entries(composeStories(module) as Record<string, ComposedStory>).map(([name, Story]) => ({
    id: `${file.replace('../', '')} ${name}`,
    Story,
  })),
);

describe('a story opened by a person', () => {
  it('exists for every story file, so the check below covers them all', () => {
    expect(Object.keys(storyFiles).length).toBeGreaterThanOrEqual(7);
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases)('$id: sends nothing, goes nowhere, and waits for a click', async ({ Story }) => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const start = location.href;
    render(<Story />);
    // Mount effects, then whatever they started (a fetch answers in a microtask).
    for (let turn = 0; turn < 5; turn += 1) await act(async () => {});

    const { args } = Story;
    expect(args.fetch ?? vi.fn()).not.toHaveBeenCalled();
    expect(args.navigate ?? vi.fn()).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
    expect(location.href).toBe(start);
    expect(screen.queryByText(/would open:/)).not.toBeInTheDocument();

    const controls = [...document.body.querySelectorAll('button, a[href], [data-state]')];
    expect(controls.length).toBeGreaterThan(0);
    for (const control of controls.filter((element) => element.hasAttribute('data-state'))) {
      expect(control.getAttribute('data-state'), control.outerHTML).toBe('idle');
      expect(control).not.toHaveAttribute('aria-busy');
    }
  });
});
