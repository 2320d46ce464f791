import { ApplicationFailure } from '@temporalio/workflow';
import { PROCEDURE_REFUSED, type ActorRef, type RefusalCode } from '@personnel/contracts';
import type { TaskCheck } from '@personnel/domain';

/** Refuses a command from its validator: nothing is recorded, the API maps the code to its HTTP status. */
export function refuse(code: RefusalCode, message: string): never {
  throw ApplicationFailure.create({ type: PROCEDURE_REFUSED, message, details: [code] });
}

export function must(check: TaskCheck): void {
  if (!check.ok) refuse(check.code, check.message);
}

export function checkActor(actor: ActorRef | undefined): asserts actor is ActorRef {
  if (typeof actor?.userId !== 'string' || !Array.isArray(actor.roles))
    refuse('invalid', 'a command needs the acting user (userId, roles)');
}
