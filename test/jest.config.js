module.exports = require('../jest.preset').projectConfig(__dirname, 'e2e', {
  testTimeout: 300000,
  maxWorkers: 1,
});
