import { setHandler } from '@temporalio/workflow';
import { recordTrainingAttendanceUpdate, type RecordTrainingAttendanceCommand } from '@personnel/contracts';
import { checkTrainingAttendance } from '@personnel/domain';
import { checkActor, must } from '../../kit';
import type { TrainingContext } from '../context';

/** Attendance is taken during the session and when it closes, until the results are in. */
const ATTENDANCE_STAGES = ['in_session', 'closing'] as const;

/** Records per cadre attended or absent (with a note); a later entry for a cadre replaces theirs. */
export function registerAttendanceCommand(ctx: TrainingContext): void {
  const s = ctx.state;
  setHandler(
    recordTrainingAttendanceUpdate,
    async (command: RecordTrainingAttendanceCommand) => {
      const at = ctx.now();
      for (const entry of command.entries) {
        const record = {
          cadreId: entry.cadreId,
          attended: entry.attended,
          note: entry.note?.trim() || null,
          recordedBy: command.actor.userId,
          recordedAt: at,
        };
        const i = s.detail.attendance.findIndex((a) => a.cadreId === entry.cadreId);
        if (i < 0) s.detail.attendance.push(record);
        else s.detail.attendance[i] = record;
      }
      await ctx.record('attendance_recorded', command.actor.userId, {
        entries: command.entries.map((e) => ({
          cadreId: e.cadreId,
          attended: e.attended,
          ...(e.note?.trim() ? { note: e.note.trim() } : {}),
        })),
      });
      return s.status();
    },
    {
      validator: (command: RecordTrainingAttendanceCommand) => {
        checkActor(command?.actor);
        ctx.assertOrganiser(command.actor);
        ctx.assertRunning();
        ctx.assertStage(ATTENDANCE_STAGES, 'attendance');
        must(checkTrainingAttendance(s.detail, command.entries));
      },
    },
  );
}
