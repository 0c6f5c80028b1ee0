/*
 * The React and React DOM the tests render with, resolved from here as the tests resolve them. The
 * react-18 project (packages/react-18-tests) checks with it that its aliases still apply.
 */
export { version as reactVersion } from 'react';
export { version as reactDomVersion } from 'react-dom';
