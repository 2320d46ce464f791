import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import type { AppointmentView, ConferenceBody, StoredDocument } from '../api/appointment-types';
import type { CadreView, PostView } from '../api/types';
import type { AppointmentStartDefaults } from '../api/standing-body-endpoints';
import { appointmentPath } from '../app/procedure-paths';
import { useAuth, useUser } from '../auth/auth';
import { PostPicker } from '../cadres/post-picker';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { FocusedError } from '../ui/focused-error';
import { PageHeading } from '../ui/page-heading';
import { PostHolderNotice } from './post-holder-notice';
import { pickBody, withStartDefaults } from './start-form-defaults';
import { changedRoots, revalidate } from './start-form-revalidate';
import { StandingBodyPicker } from './standing-body-picker';
import { DocumentUpload } from './document-upload';
import { namesFrom } from '../ui/field-problem-text';
import { startProblemText, useFieldProblems } from './field-problems';
import { SignOffFields } from './sign-off-fields';
import { startFieldLabel } from './start-field-label';
import {
  bodiesFor,
  emptyDraft,
  hasStartProblems,
  appointmentProblemsFromApi,
  toStartRequest,
  validateAppointment,
  type AppointmentDraft,
  type BodyName,
  type StartProblems,
} from './start-form-logic';
import { UserSelect } from './user-picker';
import { useUserDirectory } from './user-directory';
import { cadreDistinction } from '../ui/cadre-distinction';
import { useActiveStandingBodies } from './use-standing-bodies';
import { useNames } from '../ui/names';

/** HR starts an appointment: candidates, post, source, conference bodies, sign-off chain, signer, dossier. */
export function StartAppointmentPage() {
  const { api } = useAuth();
  const user = useUser();
  const { t } = useI18n();
  const s = t.proc.start;
  const announce = useAnnounce();
  const [params] = useSearchParams();
  const { users, error: usersError } = useUserDirectory();
  const [draft, setDraft] = useState<AppointmentDraft>(() =>
    emptyDraft(params.getAll('cadre'), params.get('post') ?? ''),
  );
  const [post, setPost] = useState<PostView | null>(null);
  const [docs, setDocs] = useState<StoredDocument[]>([]);
  const [q, setQ] = useState('');
  const [found, setFound] = useState<CadreView[] | null>(null);
  const [problems, setProblems] = useState<StartProblems>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [started, setStarted] = useState<AppointmentView | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [defaults, setDefaults] = useState<AppointmentStartDefaults | null>(null);
  // An outside candidate's consultation is held where they work: any body of HR's scope may be it.
  const scopeBodies = useActiveStandingBodies();
  const summary = useRef<HTMLDivElement>(null);
  // Where focus goes once the procedure is started (a refusal, a 409 or a 403, takes it by itself), so a
  // keyboard or screen-reader user lands on the outcome instead of staying on the submit button.
  const outcome = useRef<HTMLDivElement>(null);
  const previous = useRef(draft);
  // The API's problems name fields and standing bodies by code: the form says them by their label and name.
  const fields = useFieldProblems(problems, startProblemText, {
    fieldLabel: (field) => startFieldLabel(field, s),
    bodyName: (code) => scopeBodies.find((b) => b.code === code || b.id === code)?.name,
    names: {
      user: namesFrom(
        users ?? [],
        (u) => u.username,
        (u) => u.fullName,
      ),
    },
  });
  const { fid, errs, bad, described, say } = fields;
  const change = (next: Partial<AppointmentDraft>) => setDraft((d) => ({ ...d, ...next }));
  const setBody = (name: BodyName, body: Partial<ConferenceBody>) =>
    setDraft((d) => ({
      ...d,
      bodySources: d.bodySources[name]
        ? { ...d.bodySources, [name]: { ...d.bodySources[name], adjusted: true } }
        : d.bodySources,
      bodies: {
        ...d.bodies,
        [name]: { summonedIds: [], secretaryId: '', headId: '', ...d.bodies[name], ...body },
      },
    }));
  const directory = users ?? [];
  // HR reads the candidates chosen by name, the code beside it (it tells namesakes apart).
  const cadreName = useNames('cadre', draft.candidateIds);
  const candidateLabel = (code: string) => {
    const name = cadreName(code);
    return name === code ? code : `${name} (${code})`;
  };

  // Once HR has tried to send, each field's problems follow the field: fixed → gone at once.
  useEffect(() => {
    const before = previous.current;
    previous.current = draft;
    if (!attempted || before === draft) return;
    setProblems((shown) =>
      revalidate(
        shown,
        { ...draft, documentIds: docs.map((d) => d.id) },
        user.username,
        changedRoots(before, draft),
      ),
    );
  }, [draft, attempted, docs, user.username]);

  // Once rendered (an answer arrives outside any event: React renders it on its own schedule).
  useEffect(() => {
    if (started) outcome.current?.focus();
  }, [started]);

  // The chosen post's holder, its unit's standing bodies and its sign-off template fill the form in.
  useEffect(() => {
    if (!draft.postId) return;
    const controller = new AbortController();
    api.appointmentStartDefaults(draft.postId, controller.signal).then(
      (found) => {
        setDefaults(found);
        setDraft((d) => (d.postId === found.postId ? withStartDefaults(d, found, bodiesFor(d.source)) : d));
      },
      (error: unknown) => {
        if ((error as Error).name !== 'AbortError') setDefaults(null);
      },
    );
    return () => controller.abort();
  }, [api, draft.postId, draft.source]);

  const search = async () => {
    setFound((await api.searchCadres({ q: q.trim(), limit: 8, offset: 0 })).items);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const full = { ...draft, documentIds: docs.map((d) => d.id) };
    const local = validateAppointment(full, user.username);
    setAttempted(true);
    setProblems(local);
    if (hasStartProblems(local)) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const result = await api.startAppointment(toStartRequest(full));
      setStarted(result);
      announce(s.started(result.id));
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && e.details.length > 0) {
        setProblems(appointmentProblemsFromApi(e.details));
        requestAnimationFrame(() => summary.current?.focus());
      } else setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  // What the registry said of the post now chosen (an answer for a post HR has moved away from is not shown).
  const shownDefaults = defaults && defaults.postId === draft.postId ? defaults : null;
  const all = Object.entries(problems).flatMap(([field, list]) => list.map((p) => ({ field, p })));
  return (
    <>
      <PageHeading title={s.title}>{s.title}</PageHeading>
      <form className="start-form card" noValidate onSubmit={(e) => void submit(e)} aria-label={s.title}>
        <p className="muted">{s.intro}</p>
        {all.length > 0 && (
          <div ref={summary} className="notice notice-error" role="alert" tabIndex={-1}>
            <p className="notice-title">{s.invalid}</p>
            <ul>
              {all.map(({ field, p }, i) => (
                <li key={i}>
                  {startFieldLabel(field, s)}: {startProblemText(p, t, say)}
                </li>
              ))}
            </ul>
          </div>
        )}
        {usersError !== null && <p className="notice notice-warning">{t.proc.users.failed}</p>}

        <fieldset>
          <legend>{s.candidates}</legend>
          <p className="field-help">{s.candidatesHelp}</p>
          <ul className="chips" aria-label={s.candidates}>
            {draft.candidateIds.map((c, i) => (
              <li key={c} className="chip">
                {candidateLabel(c)}
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t.proc.users.remove(candidateLabel(c))}
                  onClick={() => change({ candidateIds: draft.candidateIds.filter((x) => x !== c) })}
                >
                  ×
                </button>
                {errs(`candidateIds[${i}]`)}
              </li>
            ))}
          </ul>
          {errs('candidateIds')}
          <div className="field">
            <label htmlFor={fid('find')}>{s.findCadre}</label>
            <div className="input-with-button">
              <input
                id={fid('find')}
                type="search"
                value={q}
                onChange={(e) => setQ(e.target.value)}
                aria-invalid={bad('candidateIds')}
                aria-describedby={described('candidateIds')}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    void search();
                  }
                }}
              />
              <button type="button" className="button button-secondary" onClick={() => void search()}>
                {t.cadres.search}
              </button>
            </div>
          </div>
          {found && (
            <ul className="pick-list">
              {found.map((c) => (
                <li key={c.code}>
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    disabled={draft.candidateIds.includes(c.code)}
                    onClick={() => change({ candidateIds: [...draft.candidateIds, c.code] })}
                  >
                    {s.addCandidate(`${c.fullName} (${c.code})`)}
                  </button>{' '}
                  <span className="muted small">{cadreDistinction(c, t)}</span>
                </li>
              ))}
            </ul>
          )}
        </fieldset>

        <fieldset>
          <legend>{s.post}</legend>
          <PostPicker
            value={post}
            onChange={(p) => {
              setPost(p);
              change({ postId: p?.code ?? '' });
            }}
            search={api.searchPosts}
          />
          {draft.postId && !post && (
            <p>
              {s.chosenPost}: <span className="code">{draft.postId}</span>
            </p>
          )}
          {errs('postId')}
          <PostHolderNotice defaults={shownDefaults} />
        </fieldset>

        <fieldset>
          <legend>{s.source}</legend>
          {(['local', 'outside'] as const).map((src) => (
            <label key={src} className="radio">
              <input
                type="radio"
                name="source"
                checked={draft.source === src}
                onChange={() => change({ source: src })}
              />{' '}
              {t.proc.sources[src]}
            </label>
          ))}
        </fieldset>

        {bodiesFor(draft.source).map((name) => (
          <StandingBodyPicker
            key={name}
            name={name}
            legend={s.bodies[name]}
            options={name === 'homeUnitConference' ? scopeBodies : (shownDefaults?.standingBodies ?? [])}
            source={draft.bodySources[name]}
            body={draft.bodies[name]}
            users={directory}
            onPick={(body) => setDraft((d) => pickBody(d, name, body))}
            onAdjust={(body) => setBody(name, body)}
            fields={fields}
          />
        ))}

        {shownDefaults?.template && (
          <p className="field-help">{t.bodies.fromTemplate(shownDefaults.template.name)}</p>
        )}
        <SignOffFields
          showKeys={false}
          mode={draft.signOffMode}
          steps={draft.signOff}
          users={directory}
          onChange={change}
          fields={fields}
        />

        <div className="field">
          <label htmlFor={fid('signerId')}>{s.signer}</label>
          <UserSelect
            id={fid('signerId')}
            users={directory}
            value={draft.signerId}
            onChange={(v) => change({ signerId: v })}
            invalid={bad('signerId')}
            describedBy={described('signerId')}
          />
          {errs('signerId')}
        </div>

        <fieldset>
          <legend>{s.documents}</legend>
          <DocumentUpload
            documents={docs}
            onChange={setDocs}
            upload={api.uploadDocument}
            uploadDossier={api.uploadDossierDocument}
            cadres={draft.candidateIds.map((c) => ({ id: c, name: candidateLabel(c) }))}
          />
        </fieldset>

        {failure !== null && <FocusedError error={failure} testId="appointment-refused" />}
        {started && (
          <div
            ref={outcome}
            tabIndex={-1}
            className="notice notice-success"
            data-testid="appointment-started"
          >
            <p className="notice-title">{s.started(started.id)}</p>
            <Link to={appointmentPath(started.id)}>{s.openProcedure}</Link>
          </div>
        )}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? s.submitting : s.submit}
          </button>
        </div>
      </form>
    </>
  );
}
