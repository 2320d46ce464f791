module.exports = require('../jest.preset').projectConfig(__dirname, 'workflows', {
  infra: true,
  testTimeout: 60000,
});
