import { ApplicationFailure } from '@temporalio/workflow';
import { PROCEDURE_REFUSED, type ActorRef, type RefusalCode, type RefusalParams } from '@personnel/contracts';
import type { TaskCheck } from '@personnel/domain';

/**
 * Refuses a command from its validator: nothing is recorded, the API maps the code to its HTTP status.
 * `details` are `[code, params]`: the API writes the refusal in the user's language from the code and
 * the values it names (`message` stays the English words, for logs). A refusal records no command, so
 * what it carries is free to change without a patch.
 */
export function refuse(code: RefusalCode, message: string, params: RefusalParams = {}): never {
  throw ApplicationFailure.create({ type: PROCEDURE_REFUSED, message, details: [code, params] });
}

export function must(check: TaskCheck): void {
  if (!check.ok) refuse(check.code, check.message, check.params);
}

export function checkActor(actor: ActorRef | undefined): asserts actor is ActorRef {
  if (typeof actor?.userId !== 'string' || !Array.isArray(actor.roles))
    refuse('invalid', 'a command needs the acting user (userId, roles)');
}
