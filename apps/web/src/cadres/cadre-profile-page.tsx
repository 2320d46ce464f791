import { useEffect, useState, type ReactNode } from 'react';
import { CadreProceduresSection } from './cadre-procedures-section';
import { Link, useLocation, useParams } from 'react-router';
import type { CadreDetail, PostView } from '../api/types';
import { useAuth, useUser } from '../auth/auth';
import { can } from '../auth/permissions';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/errors';
import { CodeName, useNameCache } from '../ui/names';
import { PageHeading } from '../ui/page-heading';
import { Loading, Section } from '../ui/widgets';
import { EligibilityPanel } from './eligibility-panel';
import { PostPicker } from './post-picker';
import { TrainingGapsSection } from '../training/training-gaps-section';

/** GET /api/v1/cadres/:id: who the cadre is, their career and records, their procedures; then eligibility and the one start button. */
export function CadreProfilePage() {
  const code = useParams().code ?? '';
  const user = useUser();
  const { api } = useAuth();
  const { t } = useI18n();
  const names = useNameCache();
  const [cadre, setCadre] = useState<CadreDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [post, setPost] = useState<PostView | null>(null);
  // Opened from the search: the way back to the same results (query and page), a link a keyboard reaches.
  const from = (useLocation().state as { search?: string } | null)?.search;

  useEffect(() => {
    const controller = new AbortController();
    api
      .cadre(code, controller.signal)
      .then((c) => {
        names?.remember('cadre', c.code, c.fullName);
        setError(null);
        setCadre(c);
      })
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') setError(e);
      });
    return () => controller.abort();
  }, [api, code, names]);

  const shown = cadre?.code === code || cadre?.id === code ? cadre : null;
  if (error !== null)
    return (
      <>
        <PageHeading title={t.profile.title}>{t.profile.title}</PageHeading>
        <ErrorMessage error={error} />
      </>
    );
  if (!shown)
    return (
      <>
        <PageHeading title={t.profile.title}>{t.profile.title}</PageHeading>
        <Loading />
      </>
    );

  const c = shown;
  const none = <p className="muted">{t.profile.none}</p>;
  return (
    <>
      <PageHeading title={`${c.fullName} · ${t.profile.title}`}>
        {c.fullName} <span className="heading-code">{c.code}</span>
      </PageHeading>
      {from !== undefined && (
        <p>
          <Link to={`/cadres${from ? `?${from}` : ''}`}>
            <span aria-hidden="true">‹ </span>
            {t.profile.backToSearch}
          </Link>
        </p>
      )}

      <section className="card" aria-label={t.profile.title}>
        <dl className="facts">
          <Fact label={t.profile.gender}>{t.gender[c.gender]}</Fact>
          <Fact label={t.profile.birthDate}>{formatDate(c.birthDate)}</Fact>
          <Fact label={t.profile.hometown}>
            <CodeName kind="locality" code={c.hometownLocalityCode} />
          </Fact>
          <Fact label={t.profile.ethnicity}>{c.ethnicity}</Fact>
          <Fact label={t.profile.education}>{t.education[c.education]}</Fact>
          <Fact label={t.profile.politicalTheory}>{t.politicalTheory[c.politicalTheory]}</Fact>
          <Fact label={t.profile.stateManagement}>{t.stateManagement[c.stateManagement]}</Fact>
          <Fact label={t.profile.partyMember}>{c.partyMember ? t.profile.yes : t.profile.no}</Fact>
          <Fact label={t.profile.status}>{t.cadreStatus[c.status]}</Fact>
          <Fact label={t.profile.currentPost}>
            {c.currentPost ? (
              <>
                <strong>{c.currentPost.postTitle}</strong>, {c.currentPost.unitName}{' '}
                <span className="muted">{t.profile.since(formatDate(c.currentPost.fromDate))}</span>
              </>
            ) : (
              <span className="muted">{t.cadres.noPost}</span>
            )}
          </Fact>
        </dl>
      </section>

      <div className="two-col">
        <Section title={t.profile.assignments} id="assignments">
          {c.assignments.length === 0 ? (
            none
          ) : (
            <div className="table-wrap">
              <table className="table responsive">
                <thead>
                  <tr>
                    <th scope="col">{t.profile.colPost}</th>
                    <th scope="col">{t.profile.colKind}</th>
                    <th scope="col">{t.profile.colFrom}</th>
                    <th scope="col">{t.profile.colTo}</th>
                    <th scope="col">{t.profile.colDecision}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.assignments.map((a) => (
                    <tr key={a.id} className={a.current ? 'row-current' : undefined}>
                      <td data-label={t.profile.colPost}>
                        <strong>{a.postTitle}</strong>
                        <br />
                        <span className="muted small">{a.unitName}</span>
                      </td>
                      <td data-label={t.profile.colKind}>{t.assignmentKind[a.kind]}</td>
                      <td data-label={t.profile.colFrom}>{formatDate(a.fromDate)}</td>
                      <td data-label={t.profile.colTo}>
                        {a.toDate ? (
                          formatDate(a.toDate)
                        ) : (
                          <span className="tag tag-pass">{t.profile.current}</span>
                        )}
                      </td>
                      <td data-label={t.profile.colDecision}>{a.decisionRef ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Section>

        <div className="stack">
          <Section title={t.profile.training} id="training">
            {c.trainingCompletions.length === 0 ? (
              none
            ) : (
              <ul className="plain-list">
                {c.trainingCompletions.map((tc) => (
                  <li key={tc.id}>
                    {tc.courseTitle} <span className="code">{tc.courseCode}</span>{' '}
                    <span className="muted small">· {formatDate(tc.completedAt)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title={t.profile.evaluations} id="evaluations">
            {c.evaluations.length === 0 ? (
              none
            ) : (
              <ul className="plain-list">
                {c.evaluations.map((e) => (
                  <li key={e.id}>
                    <strong>{e.year}</strong>: {t.rating[e.rating]}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title={t.profile.disciplines} id="disciplines">
            {c.disciplines.length === 0 ? (
              none
            ) : (
              <ul className="plain-list">
                {c.disciplines.map((d) => (
                  <li key={d.id}>
                    <strong>{t.disciplineForm[d.form]}</strong> · {formatDate(d.decidedAt)} — {d.reason}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title={t.profile.planning} id="planning">
            {c.planningEntries.length === 0 ? (
              none
            ) : (
              <ul className="plain-list">
                {c.planningEntries.map((p) => (
                  <li key={p.id}>
                    {p.postTitle} <span className="code">{p.postCode}</span> · {t.profile.colTerm} {p.term}
                    {p.toDate ? ` (${formatDate(p.fromDate)} – ${formatDate(p.toDate)})` : ''}
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </div>
      </div>

      <TrainingGapsSection cadreCode={c.code} load={api.trainingGaps} />

      <CadreProceduresSection cadreCode={c.code} />

      <Section title={t.post.target} id="target-post">
        <p className="muted">{t.post.targetHelp}</p>
        <PostPicker value={post} onChange={setPost} search={api.searchPosts} />
      </Section>

      <Section title={t.eligibility.title} id="eligibility">
        <EligibilityPanel cadreCode={c.code} post={post} check={api.eligibility} />
      </Section>

      {can(user, 'propose') && (
        <p>
          <Link
            className="button button-primary"
            to={`/appointments/new?cadre=${encodeURIComponent(c.code)}${post ? `&post=${encodeURIComponent(post.code)}` : ''}`}
          >
            {t.proc.start.open}
          </Link>
        </p>
      )}
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
