/**
 * Starts the real Postgres / Temporal a test project needs, unless the runner (tools/test.ts) already
 * shares one through TEST_PG_URL / TEST_TEMPORAL_ADDRESS. Plain JS: jest loads it before any transform.
 */
require('../register');
module.exports = require('./shared-infra.ts').setupSharedInfra;
