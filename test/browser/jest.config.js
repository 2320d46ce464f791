/**
 * Browser tests of the web panel: Debian's Chromium driven by playwright-core against the whole system
 * started as `npm start` starts it. Their files end in .browser.ts, so the e2e project (test/) does not
 * run them too.
 */
module.exports = {
  ...require('../../jest.preset').projectConfig(__dirname, 'browser', { testTimeout: 240000, maxWorkers: 1 }),
  testMatch: ['<rootDir>/**/*.browser.ts'],
};
