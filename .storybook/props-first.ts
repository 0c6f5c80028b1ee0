import type { ArgTypesEnhancer, StrictArgTypes } from 'storybook/internal/types';

/**
 * Moves the props a component is about to the top of its docs table and Controls, in the order given
 * by the story's `propsFirst` parameter. Storybook lists the props react-docgen read before the ones a
 * meta declares itself, so without this the flow fields (a union react-docgen cannot read) came last.
 *
 * @example
 * const meta = { component: CheckoutButton, parameters: { propsFirst: ['plan', 'quantity'] } };
 */
export const propsFirst: ArgTypesEnhancer = ({ argTypes, parameters }) => {
  const first = (parameters.propsFirst as readonly string[] | undefined) ?? [];
  const ordered: StrictArgTypes = {};
  for (const name of first) if (argTypes[name]) ordered[name] = argTypes[name];
  for (const [name, argType] of Object.entries(argTypes)) if (!(name in ordered)) ordered[name] = argType;
  return ordered;
};
