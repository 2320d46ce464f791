const preset = require('../../jest.preset');

module.exports = {
  ...preset,
  displayName: 'config',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.spec.ts'],
  testTimeout: 5000,
};
