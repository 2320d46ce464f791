import type { DataSource } from 'typeorm';
import type { TrainingCompletionOutcome, WriteTrainingCompletionsInput } from '@personnel/contracts';
import { RegistryNotFoundError } from './errors';

/**
 * Writes a training class's completions, in one transaction and exactly once whatever retries: one
 * `training_completion` per passed cadre, unique by (cadre, course) and marked with the class's workflow
 * id. A retry finds its own rows (`written` again); a cadre who meanwhile got a completion of the course
 * from elsewhere keeps it untouched (`alreadyHeld`). An unknown course or cadre is a registry refusal.
 */
export async function writeTrainingCompletions(
  dataSource: DataSource,
  input: WriteTrainingCompletionsInput,
): Promise<TrainingCompletionOutcome> {
  const codes = input.completions.map((c) => c.cadreId);
  return dataSource.transaction(async (manager) => {
    const [course]: { id: string }[] = await manager.query(`SELECT id FROM training_course WHERE code = $1`, [
      input.courseCode,
    ]);
    if (!course) throw new RegistryNotFoundError(`No training course ${input.courseCode}`);
    const cadres: { id: string; code: string }[] = await manager.query(
      `SELECT id, code FROM cadre WHERE code = ANY($1::text[])`,
      [codes],
    );
    const missing = codes.filter((code) => !cadres.some((c) => c.code === code));
    if (missing.length > 0) throw new RegistryNotFoundError(`No cadre ${missing.join(', ')}`);
    await manager.query(
      `INSERT INTO training_completion (cadre_id, course_id, completed_at, workflow_id, certificate_number,
                                        certificate_document_id)
       SELECT c.id, $2, $3::date, $4, w.number, w.document_id
       FROM unnest($1::text[], $5::text[], $6::uuid[]) AS w(code, number, document_id)
            JOIN cadre c ON c.code = w.code
       ON CONFLICT (cadre_id, course_id) DO NOTHING`,
      [
        codes,
        course.id,
        input.completedOn,
        input.workflowId,
        input.completions.map((c) => c.certificateNumber),
        input.completions.map((c) => c.certificateDocumentId),
      ],
    );
    const rows: { code: string; workflow_id: string | null }[] = await manager.query(
      `SELECT c.code, t.workflow_id FROM training_completion t JOIN cadre c ON c.id = t.cadre_id
       WHERE t.course_id = $1 AND c.code = ANY($2::text[])`,
      [course.id, codes],
    );
    const ours = new Set(rows.filter((r) => r.workflow_id === input.workflowId).map((r) => r.code));
    return {
      written: codes.filter((code) => ours.has(code)),
      alreadyHeld: codes.filter((code) => !ours.has(code)),
    };
  });
}
