module.exports = require('../../jest.preset').projectConfig(__dirname, 'documents', { testTimeout: 20000 });
