import { reactDomVersion, reactVersion } from '../react/src/test/react-versions';

// If the aliases stopped applying, these tests would quietly run against React 19 a second time.
if (!reactVersion.startsWith('18.') || !reactDomVersion.startsWith('18.')) {
  throw new Error(
    `The react-18 project runs on React ${reactVersion} and React DOM ${reactDomVersion}; see its vitest.config.ts.`,
  );
}
