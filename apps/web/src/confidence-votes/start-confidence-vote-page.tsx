import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import type { ConferenceBody } from '../api/appointment-types';
import { ApiError } from '../api/client';
import type { ConfidenceVoteView, UnitPostHolder } from '../api/confidence-types';
import type { UnitView } from '../api/rotation-types';
import { ConferenceBodyFields } from '../appointments/conference-body-fields';
import { startProblemText, useFieldProblems } from '../appointments/field-problems';
import { startProblemsFromApi, type StartProblems } from '../appointments/start-form-logic';
import { namesFrom } from '../ui/field-problem-text';
import { useUserDirectory } from '../appointments/user-directory';
import { useAuth } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';
import { PageHeading } from '../ui/page-heading';
import { confidenceVotePath } from './confidence-paths';

const EMPTY_BODY: ConferenceBody = { summonedIds: [], secretaryId: '', headId: '' };

/**
 * /confidence-votes/new: HR picks the unit by name, the holders among its current post holders (names
 * and posts), the key-cadre conference and the collective, then starts the vote.
 */
export function StartConfidenceVotePage() {
  const { api } = useAuth();
  const { t } = useI18n();
  const s = t.confidence.start;
  const announce = useAnnounce();
  const id = useId();
  const { users } = useUserDirectory();
  const [units, setUnits] = useState<UnitView[]>([]);
  const [unitCode, setUnitCode] = useState('');
  // The holders loaded, with the unit they belong to: a list of another unit is never shown.
  const [loaded, setLoaded] = useState<{ unitCode: string; holders: UnitPostHolder[] } | null>(null);
  const holders = loaded?.unitCode === unitCode ? loaded.holders : [];
  const [picked, setPicked] = useState<string[]>([]);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [keyCadres, setKeyCadres] = useState<ConferenceBody>(EMPTY_BODY);
  const [collective, setCollective] = useState<ConferenceBody>(EMPTY_BODY);
  const [problems, setProblems] = useState<StartProblems>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [started, setStarted] = useState<ConfidenceVoteView | null>(null);
  const fields = useFieldProblems(problems, startProblemText, {
    names: {
      user: namesFrom(
        users ?? [],
        (u) => u.username,
        (u) => u.fullName,
      ),
    },
  });

  useEffect(() => {
    const ctl = new AbortController();
    api.units({ limit: 100, active: true }, ctl.signal).then(
      (page) => setUnits(page.items),
      (e: unknown) => (e as Error).name !== 'AbortError' && setError(e),
    );
    return () => ctl.abort();
  }, [api]);
  useEffect(() => {
    if (!unitCode) return;
    const ctl = new AbortController();
    api.unitHolders(unitCode, ctl.signal).then(
      (list) => {
        setLoaded({ unitCode, holders: list });
        setPicked(list.map((h) => h.cadreId));
      },
      (e: unknown) => (e as Error).name !== 'AbortError' && setError(e),
    );
    return () => ctl.abort();
  }, [api, unitCode]);

  const submit = async () => {
    const local: StartProblems = {};
    if (!unitCode) local.unitCode = [{ kind: 'required' }];
    if (picked.length === 0) local.holders = [{ kind: 'api', text: s.pickHolder }];
    if (Object.keys(local).length > 0) return setProblems(local);
    setBusy(true);
    setError(null);
    setProblems({});
    try {
      const vote = await api.startConfidenceVote({
        unitCode,
        year: Number(year),
        holders: holders
          .filter((h) => picked.includes(h.cadreId))
          .map((h) => ({ cadreId: h.cadreId, postId: h.postId })),
        keyCadres,
        collective,
      });
      setStarted(vote);
      announce(s.started(vote.unitName ?? vote.unitCode, vote.year));
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && e.details.length > 0)
        setProblems(startProblemsFromApi(e.details));
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={s.title}>{s.title}</PageHeading>
      {started ? (
        <div className="notice notice-success" data-testid="confidence-started">
          <p className="notice-title">{s.started(started.unitName ?? started.unitCode, started.year)}</p>
          <Link to={confidenceVotePath(started.id)}>{s.open}</Link>
        </div>
      ) : (
        <form
          className="card"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <div className="field-row">
            <div className="field">
              <label htmlFor={fields.fid('unitCode')}>{s.unit}</label>
              <select
                id={fields.fid('unitCode')}
                value={unitCode}
                onChange={(e) => {
                  setUnitCode(e.target.value);
                  setPicked([]);
                }}
                aria-invalid={fields.bad('unitCode')}
                aria-describedby={fields.described('unitCode')}
              >
                <option value="">{s.chooseUnit}</option>
                {units.map((u) => (
                  <option key={u.code} value={u.code}>
                    {u.name}
                  </option>
                ))}
              </select>
              {fields.errs('unitCode')}
            </div>
            <div className="field">
              <label htmlFor={fields.fid('year')}>{s.year}</label>
              <input
                id={fields.fid('year')}
                type="number"
                min={2000}
                max={2100}
                value={year}
                onChange={(e) => setYear(e.target.value)}
                aria-invalid={fields.bad('year')}
              />
              {fields.errs('year')}
            </div>
          </div>
          <fieldset>
            <legend id={`${id}-holders`}>{s.holders}</legend>
            {unitCode && holders.length === 0 && <p className="muted">{s.noHolders}</p>}
            <ul className="plain-list">
              {holders.map((h, i) => (
                <li key={h.cadreId}>
                  <label>
                    <input
                      type="checkbox"
                      checked={picked.includes(h.cadreId)}
                      onChange={() =>
                        setPicked((p) =>
                          p.includes(h.cadreId) ? p.filter((x) => x !== h.cadreId) : [...p, h.cadreId],
                        )
                      }
                    />{' '}
                    {h.cadreName} — {h.postTitle}
                  </label>
                  {fields.errs(`holders[${i}].cadreId`)}
                  {fields.errs(`holders[${i}].postId`)}
                </li>
              ))}
            </ul>
            {fields.errs('holders')}
          </fieldset>
          <ConferenceBodyFields
            name="keyCadres"
            legend={s.keyCadres}
            body={keyCadres}
            users={users ?? []}
            onChange={(b) => setKeyCadres((k) => ({ ...k, ...b }))}
            fields={fields}
          />
          <ConferenceBodyFields
            name="collective"
            legend={s.collective}
            body={collective}
            users={users ?? []}
            onChange={(b) => setCollective((k) => ({ ...k, ...b }))}
            fields={fields}
          />
          {fields.errs('form')}
          {error !== null && <ErrorMessage error={error} />}
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t.proc.actions.sending : s.submit}
          </button>
        </form>
      )}
    </>
  );
}
