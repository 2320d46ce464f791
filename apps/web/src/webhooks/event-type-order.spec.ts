import { EVENT_TYPES } from '@personnel/contracts';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPE_ORDER } from './event-type-order';

describe('the event types a subscription offers', () => {
  // The panel imports types only from contracts at run time; this keeps its copy the list the API accepts.
  it('are exactly the ones the API emits, in the same order', () => {
    expect(EVENT_TYPE_ORDER).toEqual(EVENT_TYPES);
  });
});
