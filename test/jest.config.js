const preset = require('../jest.preset');

module.exports = {
  ...preset,
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.spec.ts'],
  maxWorkers: 1,
  testTimeout: 300000,
};
