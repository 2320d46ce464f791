/**
 * The contract fuzz of the OpenAPI (schemathesis) against the whole system started as `npm start`
 * starts it. Its files end in .fuzz.ts, so the e2e project (test/) does not run them too.
 */
module.exports = {
  ...require('../../jest.preset').projectConfig(__dirname, 'fuzz', { testTimeout: 240000, maxWorkers: 1 }),
  testMatch: ['<rootDir>/**/*.fuzz.ts'],
};
