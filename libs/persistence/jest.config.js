module.exports = require('../../jest.preset').projectConfig(__dirname, 'persistence', {
  infra: true,
  testTimeout: 30000,
});
