import { setHandler } from '@temporalio/workflow';
import { rotationStatusQuery } from '@personnel/contracts';
import type { RotationContext } from '../context';
import { registerDecisionCommand } from './decision';
import { registerEndCommands } from './end';
import { registerEvaluationCommand } from './evaluation';
import { registerExceptionCommand } from './exception';
import { registerHandOverCommand } from './hand-over';
import { registerRotationTaskCommands } from './tasks';
import { registerProposerCommands } from './withdrawal';

/** Every query and Update of the rotation workflow. */
export function registerCommands(ctx: RotationContext): void {
  setHandler(rotationStatusQuery, () => ctx.state.status());
  registerRotationTaskCommands(ctx);
  registerExceptionCommand(ctx);
  registerProposerCommands(ctx);
  registerDecisionCommand(ctx);
  registerHandOverCommand(ctx);
  registerEvaluationCommand(ctx);
  registerEndCommands(ctx);
}
