import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';

function Probe({ onPress }: { onPress: () => void }) {
  return <button type="button" onClick={onPress}>Probe</button>;
}

const meta = { title: 'Pipeline/Probe', component: Probe, args: { onPress: fn() } } satisfies Meta<typeof Probe>;
export default meta;

export const Clicks: StoryObj<typeof meta> = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Probe' }));
    await expect(args.onPress).toHaveBeenCalledTimes(1);
  },
};
export const Fails: StoryObj<typeof meta> = {
  play: async ({ args }) => {
    await expect(args.onPress).toHaveBeenCalledTimes(1);
  },
};
