module.exports = require('../../jest.preset').projectConfig(__dirname, 'api', {
  infra: true,
  testTimeout: 30000,
});
