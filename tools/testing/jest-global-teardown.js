require('../register');
module.exports = require('./shared-infra.ts').teardownSharedInfra;
