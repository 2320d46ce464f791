/**
 * The production topology on this machine: `npm run cluster` (the real Temporal server on PostgreSQL,
 * two workers) under outages. Its files end in .cluster.ts, so the e2e project (test/) does not run them.
 */
module.exports = {
  ...require('../../jest.preset').projectConfig(__dirname, 'cluster', { testTimeout: 600000, maxWorkers: 1 }),
  testMatch: ['<rootDir>/**/*.cluster.ts'],
};
