import { useId, useState } from 'react';
import type { DocumentKind, ProcedureDossier } from '../api/dossier-types';
import { useAuth } from '../auth/auth';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { SayFieldProblem } from '../appointments/field-problems';
import { ErrorMessage } from '../ui/errors';
import { useFieldProblemText } from '../ui/field-problem-text';
import { MIN_REASON, ReasonCommandForm } from '../ui/reason-command-form';
import { Section } from '../ui/widgets';
import { DossierChecklistView } from './dossier-checklist';
import { checkDossierUpload, DOSSIER_KINDS, type DossierUploadDraft } from './dossier-form-logic';

export interface DossierSectionProps {
  workflowId: string;
  /** Null before the gate judged it (and for runs begun before the gate): the section says so. */
  dossier: ProcedureDossier | null | undefined;
  names: Record<string, string | null>;
  /** HR may add documents (the procedure runs toward its decision, the user holds the HR role). */
  mayAdd: boolean;
  /** A leader may excuse the dossier (the procedure waits at the gate). */
  mayGrant: boolean;
  onDone(message: string): void;
}

const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** The procedure's dossier checklist, with HR's upload form and the leader's exception when offered. */
export function DossierChecklistSection(props: DossierSectionProps) {
  const { t } = useI18n();
  const { api } = useAuth();
  const { dossier } = props;
  return (
    <Section title={t.dossier.title} id="dossier-checklist-title">
      {dossier ? (
        <DossierChecklistView dossier={dossier} names={props.names} />
      ) : (
        <p className="muted">{t.dossier.notChecked}</p>
      )}
      {dossier && props.mayAdd && <DossierUploadForm {...props} dossier={dossier} />}
      {dossier && props.mayGrant && (
        <ReasonCommandForm
          words={{
            title: t.dossier.grant.title,
            reason: t.dossier.grant.reason,
            reasonNeeded: t.dossier.problems.reason,
            done: t.dossier.grant.granted,
            submit: t.dossier.grant.submit,
          }}
          minLength={MIN_REASON}
          primary
          send={(reason) => api.grantDossierException(props.workflowId, reason)}
          onDone={props.onDone}
        />
      )}
    </Section>
  );
}

function DossierUploadForm({
  workflowId,
  dossier,
  names,
  onDone,
}: DossierSectionProps & { dossier: ProcedureDossier }) {
  const { t } = useI18n();
  const { api } = useAuth();
  const id = useId();
  const cadres = dossier.checklists.map((c) => c.cadreId);
  // The API's field problems in the user's language, from their code and params.
  const say = useFieldProblemText([], { names: { cadre: (c) => names[c] ?? undefined } });
  const [draft, setDraft] = useState<DossierUploadDraft>({
    cadreId: cadres[0] ?? '',
    kind: 'health_certificate',
    issuedOnText: '',
    periodYearText: '',
    file: null,
  });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  const set = (over: Partial<DossierUploadDraft>) => setDraft((d) => ({ ...d, ...over }));

  const send = async () => {
    const checked = checkDossierUpload(draft, today());
    setProblems(
      Object.fromEntries(Object.entries(checked.problems).map(([f, p]) => [f, t.dossier.problems[p]])),
    );
    if (!checked.fields || !draft.file || busy) return;
    setBusy(true);
    setError(null);
    try {
      const stored = await api.uploadDossierDocument(draft.kind, draft.file, checked.fields);
      await api.addDossierDocuments(workflowId, [stored.id]);
      onDone(t.dossier.add.added(stored.fileName));
      set({ file: null, issuedOnText: '', periodYearText: '' });
      setInputKey((k) => k + 1);
    } catch (e) {
      const fromApi = apiProblems(
        e,
        {
          cadreId: t.dossier.add.cadre,
          issuedOn: t.dossier.add.issuedOn,
          periodYear: t.dossier.add.periodYear,
          documentIds: t.dossier.add.file,
        },
        t.dossier.problems.fromApi,
        say,
      );
      if (Object.keys(fromApi).length > 0) setProblems(fromApi);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const problem = (field: string) =>
    problems[field] ? (
      <p className="field-error" id={`${id}-${field}-error`}>
        {problems[field]}
      </p>
    ) : null;
  const described = (field: string) => (problems[field] ? `${id}-${field}-error` : undefined);

  return (
    <form
      className="stack"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <h3 id={`${id}-title`}>{t.dossier.add.title}</h3>
      {cadres.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-cadre`}>{t.dossier.add.cadre}</label>
          <select id={`${id}-cadre`} value={draft.cadreId} onChange={(e) => set({ cadreId: e.target.value })}>
            {cadres.map((c) => (
              <option key={c} value={c}>
                {names[c] ?? c}
              </option>
            ))}
          </select>
          {problem('cadreId')}
        </div>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t.dossier.add.kind}</label>
          <select
            id={`${id}-kind`}
            value={draft.kind}
            onChange={(e) => set({ kind: e.target.value as DocumentKind })}
          >
            {DOSSIER_KINDS.map((k) => (
              <option key={k} value={k}>
                {t.proc.dossier.kinds[k] ?? k}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-issued`}>{t.dossier.add.issuedOn}</label>
          <input
            id={`${id}-issued`}
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            value={draft.issuedOnText}
            aria-invalid={problems.issuedOn ? true : undefined}
            aria-describedby={described('issuedOn')}
            onChange={(e) => set({ issuedOnText: e.target.value })}
          />
          {problem('issuedOn')}
        </div>
        {draft.kind === 'assessment' && (
          <div className="field">
            <label htmlFor={`${id}-year`}>{t.dossier.add.periodYear}</label>
            <input
              id={`${id}-year`}
              inputMode="numeric"
              value={draft.periodYearText}
              aria-invalid={problems.periodYear ? true : undefined}
              aria-describedby={described('periodYear')}
              onChange={(e) => set({ periodYearText: e.target.value })}
            />
            {problem('periodYear')}
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t.dossier.add.file}</label>
        <input
          key={inputKey}
          id={`${id}-file`}
          type="file"
          aria-describedby={described('file')}
          onChange={(e) => set({ file: e.target.files?.[0] ?? null })}
        />
        {problem('file')}
      </div>
      {error !== null && <ErrorMessage error={error} />}
      <button type="submit" className="button button-secondary" disabled={busy}>
        {busy ? t.dossier.add.busy : t.dossier.add.submit}
      </button>
    </form>
  );
}

/**
 * The API's 400/422 details at the form's fields, each under the field's label, written in the user's
 * language from its code and params (`say`).
 */
function apiProblems(
  error: unknown,
  labels: Record<string, string>,
  text: (label: string, problem: string) => string,
  say: SayFieldProblem,
): Record<string, string> {
  if (!(error instanceof ApiError) || ![400, 422].includes(error.status)) return {};
  const problems: Record<string, string> = {};
  for (const d of error.details) {
    const top = d.field.split(/[.[]/)[0];
    const field = top === 'documentIds' ? 'file' : top;
    problems[field] ??= text(labels[top] ?? d.field, say(d));
  }
  return problems;
}
