import { useState } from 'react';
import type {
  AppointmentDetail,
  AppointmentStatus,
  DocumentKind,
  SelfAssessmentRequest,
  StoredDocument,
  TaskView,
} from '../api/appointment-types';
import type { AuthenticatedUser } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { DocumentUpload } from './document-upload';
import { ReasonForm } from './reason-form';

/** libs/contracts SelfAssessmentCommand (the workflow) and the API's SelfAssessmentDto: 20–4000 characters. */
export const SELF_ASSESSMENT_MIN_SUMMARY = 20;
export const SELF_ASSESSMENT_MAX_SUMMARY = 4000;

/** Who may upload documents (POST /documents): the form offers the upload only to them. */
const UPLOADERS = ['hr_officer', 'org_office', 'admin'];

/**
 * The open self-assessment task, when the signed-in user may submit it: the holder of the post (their
 * cadre is the appointee), an assignee of the task (the proposer) or any hr_officer — the workflow's rule.
 * The API decides; this only picks who sees the form.
 */
export function selfAssessmentTaskFor(
  detail: Pick<AppointmentDetail, 'tasks' | 'appointee' | 'status'>,
  user: Pick<AuthenticatedUser, 'username' | 'roles' | 'cadreId'>,
): TaskView | undefined {
  const task = detail.tasks.find((t) => t.kind === 'self_assessment' && t.status === 'open');
  if (!task) return undefined;
  const appointee = detail.status?.appointee ?? detail.appointee;
  const holder = !!user.cadreId && user.cadreId === appointee;
  const assignee = task.actions.includes('act');
  return holder || assignee || user.roles.includes('hr_officer') ? task : undefined;
}

/**
 * The reappointment notice has fired: the holder's self-assessment (at least 20 characters), with documents
 * uploaded first (`upload` only for those who may upload). Refusals are shown in words.
 */
export function SelfAssessmentForm({
  appointmentId,
  term,
  submit,
  upload,
  onDone,
}: {
  appointmentId: string;
  /** The term ending (null when the live status is not known). */
  term: number | null;
  submit(id: string, body: SelfAssessmentRequest): Promise<AppointmentStatus>;
  upload?(kind: DocumentKind, file: File): Promise<StoredDocument>;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const [documents, setDocuments] = useState<StoredDocument[]>([]);
  return (
    <ReasonForm
      title={t.proc.selfAssessment.title}
      intro={term !== null ? <p>{t.proc.selfAssessment.intro(term)}</p> : undefined}
      label={t.proc.selfAssessment.summary}
      submitLabel={t.proc.selfAssessment.submit}
      minLength={SELF_ASSESSMENT_MIN_SUMMARY}
      maxLength={SELF_ASSESSMENT_MAX_SUMMARY}
      requiredText={t.proc.selfAssessment.required}
      tooShortText={t.proc.selfAssessment.tooShort}
      doneText={t.proc.actions.done.selfAssessment}
      submit={(summary) =>
        submit(appointmentId, {
          summary,
          ...(documents.length ? { documentIds: documents.map((d) => d.id) } : {}),
        })
      }
      onDone={(message) => {
        setDocuments([]);
        onDone(message);
      }}
    >
      {upload && (
        <fieldset>
          <legend>{t.proc.start.documents}</legend>
          <DocumentUpload
            documents={documents}
            onChange={setDocuments}
            upload={upload}
            defaultKind="self_assessment"
          />
        </fieldset>
      )}
    </ReasonForm>
  );
}

export const mayUploadDocuments = (roles: readonly string[]) => roles.some((r) => UPLOADERS.includes(r));
