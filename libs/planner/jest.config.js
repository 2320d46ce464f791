module.exports = require('../../jest.preset').projectConfig(__dirname, 'planner', { testTimeout: 30_000 });
