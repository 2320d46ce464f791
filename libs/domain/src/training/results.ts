import {
  activeEnrolments,
  type CompleteTrainingClassCommand,
  type RecordTrainingAttendanceCommand,
  type TrainingClassDetail,
} from '@personnel/contracts';
import type { TaskCheck } from '../procedure/task-board';

export const TRAINING_NOTE_MAX = 500;
export const CERTIFICATE_NUMBER_MAX = 64;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const OK: TaskCheck = { ok: true };
const invalid = (message: string): TaskCheck => ({ ok: false, code: 'invalid', message });

/** Attendance entries: each for an enrolled cadre, once, with a short note at most. */
export function checkTrainingAttendance(
  detail: TrainingClassDetail,
  entries: RecordTrainingAttendanceCommand['entries'],
): TaskCheck {
  if (!Array.isArray(entries) || entries.length === 0)
    return invalid('entries: at least one cadre attended or absent');
  const enrolled = new Set(activeEnrolments(detail).map((e) => e.cadreId));
  const seen = new Set<string>();
  for (const [i, entry] of entries.entries()) {
    const field = `entries[${i}]`;
    if (typeof entry?.cadreId !== 'string' || !enrolled.has(entry.cadreId))
      return invalid(`${field}.cadreId: ${String(entry?.cadreId)} is not enrolled in this class`);
    if (seen.has(entry.cadreId)) return invalid(`${field}.cadreId: ${entry.cadreId} is listed twice`);
    seen.add(entry.cadreId);
    if (typeof entry.attended !== 'boolean') return invalid(`${field}.attended: true or false`);
    if (entry.note !== undefined && (typeof entry.note !== 'string' || entry.note.length > TRAINING_NOTE_MAX))
      return invalid(`${field}.note: text of at most ${TRAINING_NOTE_MAX} characters`);
  }
  return OK;
}

/**
 * The class's results: attendance recorded for every enrolled cadre first (nobody is forgotten), then
 * exactly one result per cadre who attended; a pass needs its certificate number, unique in the class.
 */
export function checkTrainingResults(
  detail: TrainingClassDetail,
  results: CompleteTrainingClassCommand['results'],
): TaskCheck {
  const enrolled = activeEnrolments(detail).map((e) => e.cadreId);
  if (enrolled.length === 0) return invalid('results: nobody is enrolled; cancel the class instead');
  const marked = new Map(detail.attendance.map((a) => [a.cadreId, a.attended]));
  const unmarked = enrolled.filter((c) => !marked.has(c));
  if (unmarked.length > 0) return invalid(`results: record the attendance of ${unmarked.join(', ')} first`);
  const attending = new Set(enrolled.filter((c) => marked.get(c) === true));
  if (!Array.isArray(results)) return invalid('results: one result per cadre who attended');
  const seen = new Set<string>();
  const numbers = new Set<string>();
  for (const [i, result] of results.entries()) {
    const field = `results[${i}]`;
    if (typeof result?.cadreId !== 'string' || !attending.has(result.cadreId))
      return invalid(`${field}.cadreId: ${String(result?.cadreId)} did not attend this class`);
    if (seen.has(result.cadreId)) return invalid(`${field}.cadreId: ${result.cadreId} is listed twice`);
    seen.add(result.cadreId);
    if (typeof result.passed !== 'boolean') return invalid(`${field}.passed: true or false`);
    const number = result.certificateNumber?.trim();
    if (result.passed && !number)
      return invalid(`${field}.certificateNumber: a passed cadre needs the certificate's number`);
    if (number !== undefined && number.length > CERTIFICATE_NUMBER_MAX)
      return invalid(`${field}.certificateNumber: at most ${CERTIFICATE_NUMBER_MAX} characters`);
    if (number) {
      if (numbers.has(number)) return invalid(`${field}.certificateNumber: ${number} is given twice`);
      numbers.add(number);
    }
    if (result.certificateDocumentId !== undefined && !UUID.test(String(result.certificateDocumentId)))
      return invalid(`${field}.certificateDocumentId: the id of an uploaded document`);
  }
  const missing = [...attending].filter((c) => !seen.has(c));
  if (missing.length > 0) return invalid(`results: no result for ${missing.join(', ')}, who attended`);
  return OK;
}
