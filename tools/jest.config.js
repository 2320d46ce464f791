module.exports = require('../jest.preset').projectConfig(__dirname, 'tools', {
  infra: true,
  testTimeout: 120000,
});
