import { mutationOptions } from './stryker-options.mjs';

/* The React hook and client, and the hook behind the button and the form. */
export default mutationOptions('react', [
  'packages/react/src/hooks/*.ts',
  'packages/react/src/client/*.ts',
  'packages/react/src/components/use-billing-control.tsx',
  '!packages/react/src/**/*.test.*',
]);
