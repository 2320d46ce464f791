module.exports = require('../../jest.preset').projectConfig(__dirname, 'worker', {
  infra: true,
  testTimeout: 30000,
});
