import type { TrainingContext } from './context';

/** The session opens (from the start date's timer or the organiser's command): once. */
export async function openSession(ctx: TrainingContext, actor: string): Promise<void> {
  if (ctx.state.stage !== 'opened') return;
  ctx.enterStage('in_session');
  await ctx.record('session_started', actor, {});
}

/** The session closes (from the end date's timer or the organiser's command): attendance and results. */
export async function closeSession(ctx: TrainingContext, actor: string): Promise<void> {
  if (ctx.state.stage !== 'in_session') return;
  ctx.enterStage('closing');
  await ctx.record('session_closed', actor, {});
}
