import { readFileSync } from 'node:fs';
import { REPO_ROOT } from '../dev/paths';
import {
  CONTRACT_SCHEMAS_FILE,
  generateContractSchemas,
  toOpenApi,
  type ContractSchemas,
} from './contract-schemas';

describe('the success bodies of the OpenAPI document (apps/api/src/http/contract-schemas.json)', () => {
  // One run of the TypeScript compiler over the controllers and the contracts (tens of seconds).
  let generated: ContractSchemas;
  beforeAll(() => {
    generated = generateContractSchemas(REPO_ROOT);
  }, 120_000);

  it('are those the controllers and the contract types declare today (else: npm run openapi:schemas)', () => {
    const committed = JSON.parse(readFileSync(CONTRACT_SCHEMAS_FILE, 'utf8')) as unknown;
    expect(generated).toEqual(committed);
  });

  it('name every handler that answers JSON, e.g. an appointment list as a page of appointments', () => {
    const { operations, schemas } = generated;
    expect(schemas[operations.AppointmentsController_list]).toEqual({
      $ref: '#/components/schemas/Page_AppointmentView',
    });
    expect(operations.TrainingClassesController_startSession).toBeDefined();
  });

  it('write nullable values as OpenAPI 3.0 does', () => {
    expect(toOpenApi({ type: ['string', 'null'] })).toEqual({ type: 'string', nullable: true });
    expect(toOpenApi({ anyOf: [{ $ref: '#/definitions/Page%3CX%3E' }, { type: 'null' }] })).toEqual({
      anyOf: [{ $ref: '#/components/schemas/Page_X' }],
      nullable: true,
    });
    expect(toOpenApi({ const: 'ok' })).toEqual({ enum: ['ok'] });
  });
});
