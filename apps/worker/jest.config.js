const preset = require('../../jest.preset');

module.exports = {
  ...preset,
  displayName: 'worker',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.spec.ts'],
  globalSetup: require('node:path').join(__dirname, '../../tools/testing/jest-global-setup.js'),
  globalTeardown: require('node:path').join(__dirname, '../../tools/testing/jest-global-teardown.js'),
  testTimeout: 30000,
};
