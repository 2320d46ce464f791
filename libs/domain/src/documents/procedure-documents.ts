import { ballotCount } from './ballot-count';
import { conferenceMinutes } from './conference-minutes';
import { cv2c } from './cv-2c';
import { decision, type DecisionKind } from './decision';
import type { DocumentFacts, JournalStep } from '@personnel/contracts';
import { FactReader, num, str, strings } from './fact-reader';
import type { OfficialDocumentKind } from '@personnel/contracts';
import type { OfficialDocument } from './official-document';
import { planningResolution } from './planning-resolution';
import { procedureIssuer } from './procedure-issuer';
import { submission } from './submission';
import { stepName } from './vietnamese-terms';

/**
 * One paper a procedure produces: its key (unique in the procedure), its kind and Vietnamese title, the
 * journal step it is issued from (null: that step is not recorded yet, so only a draft exists), and
 * the function that builds it from the facts as far as that step.
 */
export interface DocumentSpec {
  key: string;
  kind: OfficialDocumentKind;
  title: string;
  step: JournalStep | null;
  build(): OfficialDocument;
}

/** Steps after which no draft is offered: the procedure will produce no further paper. */
const ENDED = new Set(['withdrawn', 'not_passed', 'rejected', 'plan_ended', 'class_cancelled']);

/**
 * The cadres whose CV (mẫu 2C) a procedure's dossier carries: an appointment's candidates, the rotated
 * cadre. A plan or a confidence vote names many people but carries no CV of its own.
 */
export function cvSubjectsOf(procedureKind: string, steps: readonly JournalStep[]): string[] {
  const proposed = steps.find((s) => s.kind === 'proposed');
  if (!proposed) return [];
  if (procedureKind === 'appointment') return strings(proposed.payload.candidateIds);
  if (procedureKind === 'rotation')
    return [str(proposed.payload.cadreId)].filter((c): c is string => c !== null);
  return [];
}

/**
 * Every paper of a procedure, in the order the procedure produces them. Pure: the same facts give the
 * same list and the same documents; an issued paper reads only the journal up to its own step.
 */
export function procedureDocuments(facts: DocumentFacts): DocumentSpec[] {
  const all = new FactReader(facts);
  const ended = all.steps.some((s) => ENDED.has(s.kind));
  const at = (step: JournalStep | null) => new FactReader(facts, step ? step.seq : Number.POSITIVE_INFINITY);
  const specs: DocumentSpec[] = [];
  const proposed = all.first('proposed') ?? null;
  if (!proposed) return specs;

  specs.push({
    key: 'submission',
    kind: 'submission',
    title: 'Tờ trình',
    step: proposed,
    build: () => submission(at(proposed), false),
  });

  const subjects = cvSubjectsOf(facts.procedureKind, facts.steps);
  for (const code of subjects) {
    const cadre = facts.cadres.find((c) => c.code === code);
    if (!cadre) continue;
    specs.push({
      key: `cv_2c.${code}`,
      kind: 'cv_2c',
      title: `Sơ yếu lý lịch mẫu 2C — ${cadre.fullName}`,
      step: proposed,
      build: () =>
        cv2c(
          cadre,
          { district: facts.district, asOf: proposed.occurredAt, managingBody: procedureIssuer(all).body },
          false,
        ),
    });
  }

  const indexes = [...new Set(all.all('conference_convened').map((s) => num(s.payload.index)))].filter(
    (i): i is number => i !== null,
  );
  for (const index of indexes) {
    const closed = [...all.all('conference_closed')].reverse().find((s) => s.payload.index === index) ?? null;
    if (!closed && ended) continue;
    const convened = all.all('conference_convened').find((s) => s.payload.index === index);
    const name = stepName(str(convened?.payload.step));
    specs.push(
      {
        key: `conference_minutes.${index}`,
        kind: 'conference_minutes',
        title: `Biên bản hội nghị — ${name}`,
        step: closed,
        build: () => conferenceMinutes(at(closed), index, closed === null),
      },
      {
        key: `ballot_count.${index}`,
        kind: 'ballot_count',
        title: `Biên bản kiểm phiếu — ${name}`,
        step: closed,
        build: () => ballotCount(at(closed), index, closed === null),
      },
    );
  }

  const decide = (key: string, title: string, kind: DecisionKind, step: JournalStep | null) =>
    specs.push({
      key,
      kind: 'decision',
      title,
      step,
      build: () => decision(at(step), kind, step ?? undefined),
    });

  if (facts.procedureKind === 'appointment') {
    const appointed = all.first('appointed') ?? null;
    if (appointed || (!ended && all.first('sign_off_opened')))
      decide('decision', 'Quyết định bổ nhiệm', 'appointment', appointed);
    const reappointed = all.all('reappointed');
    for (const step of reappointed)
      decide(
        `decision.reappointment.${num(step.payload.term)}`,
        'Quyết định bổ nhiệm lại',
        'reappointment',
        step,
      );
    const requested = all.last('decision_requested');
    const term = num(requested?.payload.term);
    if (!ended && requested && term !== null && !reappointed.some((s) => num(s.payload.term) === term))
      decide(`decision.reappointment.${term}`, 'Quyết định bổ nhiệm lại', 'reappointment', null);
  }

  if (facts.procedureKind === 'rotation') {
    const decided = all.first('decided') ?? null;
    if (decided || (!ended && all.first('sign_off_opened')))
      decide('decision', 'Quyết định luân chuyển', 'rotation', decided);
    const finished = all.first('rotation_ended') ?? null;
    if (finished || (decided && all.first('end_of_term_due')))
      decide('decision.end', 'Quyết định kết thúc luân chuyển', 'rotation_end', finished);
  }

  if (facts.procedureKind === 'plan') {
    const published = all.all('published');
    published.forEach((step, i) =>
      specs.push({
        key: i === 0 ? 'planning_resolution' : `planning_resolution.${i + 1}`,
        kind: 'planning_resolution',
        title: i === 0 ? 'Nghị quyết phê duyệt quy hoạch' : `Nghị quyết bổ sung quy hoạch (lần ${i + 1})`,
        step,
        build: () => planningResolution(at(step), step),
      }),
    );
    if (!ended && all.all('approval_requested').length > published.length) {
      const n = published.length;
      specs.push({
        key: n === 0 ? 'planning_resolution' : `planning_resolution.${n + 1}`,
        kind: 'planning_resolution',
        title: n === 0 ? 'Nghị quyết phê duyệt quy hoạch' : `Nghị quyết bổ sung quy hoạch (lần ${n + 1})`,
        step: null,
        build: () => planningResolution(at(null), undefined),
      });
    }
  }
  return specs;
}
