import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import type {
  AddPlanCandidateRequest,
  PlanCandidateCheck,
  PlanCandidateView,
  PlanPostView,
  PlanView,
  RemovePlanCandidateRequest,
} from '../api/plan-types';
import type { CadreView, Page } from '../api/types';
import { cadrePath } from '../app/config';
import { ReasonForm } from '../appointments/reason-form';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { CodeName } from '../ui/names';
import { Section } from '../ui/widgets';
import { AddCandidatePanel } from './add-candidate-panel';
import { EntryStatusBadge } from './plan-badges';

export interface BoardCommands {
  searchCadres(query: { q?: string; limit: number; offset: number }): Promise<Page<CadreView>>;
  check(id: string, body: AddPlanCandidateRequest, signal?: AbortSignal): Promise<PlanCandidateCheck>;
  add(id: string, body: AddPlanCandidateRequest): Promise<PlanView>;
  remove(id: string, body: RemovePlanCandidateRequest): Promise<PlanView>;
}

/** The posts of the scope, grouped by unit in the order the API gives them (code order). */
export function postsByUnit(posts: readonly PlanPostView[]) {
  const groups: { unitCode: string; unitName: string; posts: PlanPostView[] }[] = [];
  for (const post of posts) {
    const group = groups.find((g) => g.unitCode === post.unitCode);
    if (group) group.posts.push(post);
    else groups.push({ unitCode: post.unitCode, unitName: post.unitName, posts: [post] });
  }
  return groups;
}

export function candidateName(c: Pick<PlanCandidateView, 'cadreName' | 'cadreId'>): string {
  return c.cadreName ?? c.cadreId;
}

type Editor = { mode: 'add'; postCode: string } | { mode: 'remove'; postCode: string; cadreId: string };

/**
 * The planning board: every post of the unit's scope, grouped by unit, with the people planned for it,
 * its count against the cited maximum and each entry's standing. With `compose` (HR holding the open
 * revision task, while drawing up or reviewing) each post offers "add" and each entry "take out".
 */
export function PlanBoard({
  plan,
  compose,
  commands,
  onDone,
}: {
  plan: PlanView;
  compose: boolean;
  commands: BoardCommands;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const b = t.plan.board;
  const [editor, setEditor] = useState<Editor | null>(null);
  const close = () => setEditor(null);
  const done = (message: string) => {
    setEditor(null);
    onDone(message);
  };
  const columns = compose ? 4 : 3;

  const candidateItem = (post: PlanPostView, c: PlanCandidateView) => (
    <li key={c.cadreId} className={`plan-entry plan-entry-${c.status}`} data-testid="plan-entry">
      <Link to={cadrePath(c.cadreId)}>
        {c.cadreName ? (
          <>
            <span className="name">{c.cadreName}</span> <span className="code">{c.cadreId}</span>
          </>
        ) : (
          <CodeName kind="cadre" code={c.cadreId} />
        )}
      </Link>{' '}
      <EntryStatusBadge status={c.status} />
      {c.status === 'published' && c.publishedFrom && (
        <span className="muted small"> {b.since(formatDate(c.publishedFrom))}</span>
      )}
      {c.status === 'removed' && c.removedReason && (
        <span className="small" data-testid="removed-reason">
          {' '}
          · {b.removedBecause(c.removedReason)}
        </span>
      )}
      {compose && c.status !== 'removed' && (
        <>
          {' '}
          <button
            type="button"
            className="button button-small button-ghost"
            aria-label={b.removeWho(candidateName(c), post.postTitle)}
            aria-expanded={
              editor?.mode === 'remove' && editor.cadreId === c.cadreId && editor.postCode === post.postCode
            }
            onClick={() => setEditor({ mode: 'remove', postCode: post.postCode, cadreId: c.cadreId })}
          >
            {b.remove}
          </button>
        </>
      )}
    </li>
  );

  const editorRow = (post: PlanPostView) => {
    if (!editor || editor.postCode !== post.postCode) return null;
    if (editor.mode === 'add')
      return (
        <AddCandidatePanel
          planId={plan.id}
          post={post}
          searchCadres={commands.searchCadres}
          check={commands.check}
          add={commands.add}
          onDone={done}
          onClose={close}
        />
      );
    const who = post.candidates.find((c) => c.cadreId === editor.cadreId);
    if (!who) return null;
    const name = candidateName(who);
    return (
      <div className="card" data-testid="remove-candidate">
        <ReasonForm
          title={t.plan.remove.title(name, post.postTitle)}
          label={t.plan.remove.reason}
          submitLabel={t.plan.remove.submit}
          requiredText={t.plan.remove.required}
          doneText={t.plan.remove.done(name)}
          buttonClass="button-reject"
          submit={(reason) =>
            commands.remove(plan.id, { postCode: post.postCode, cadreId: who.cadreId, reason })
          }
          onDone={done}
        />
        <button type="button" className="button button-secondary" onClick={close}>
          {t.plan.add.cancel}
        </button>
      </div>
    );
  };

  return (
    <Section title={b.title} id="plan-board-title">
      <p className="muted">{b.intro}</p>
      {!compose && <p className="muted small">{b.readOnly}</p>}
      {plan.posts.length === 0 ? (
        <p className="empty">{b.noPosts}</p>
      ) : (
        <div className="table-wrap">
          <table
            className="table responsive plan-board"
            aria-labelledby="plan-board-title"
            data-testid="plan-board"
          >
            <thead>
              <tr>
                <th scope="col">{b.colPost}</th>
                <th scope="col">{b.colCount}</th>
                <th scope="col">{b.colCandidates}</th>
                {compose && <th scope="col">{b.colActions}</th>}
              </tr>
            </thead>
            {postsByUnit(plan.posts).map((group) => (
              <tbody key={group.unitCode}>
                <tr className="group-row">
                  <th scope="colgroup" colSpan={columns}>
                    {group.unitName}
                  </th>
                </tr>
                {group.posts.map((post) => {
                  const full = post.count >= post.max;
                  return (
                    <Fragment key={post.postCode}>
                      <tr data-testid={`plan-post-${post.postCode}`}>
                        <th scope="row" data-label={b.colPost}>
                          {post.postTitle}
                          <span className="muted small"> · {t.plan.levels[post.level] ?? post.level}</span>
                        </th>
                        <td data-label={b.colCount}>
                          <span aria-label={b.countLabel(post.count, post.max)} data-testid="post-count">
                            {b.count(post.count, post.max)}
                          </span>
                          {full && <span className="tag"> {b.full}</span>}
                        </td>
                        <td data-label={b.colCandidates}>
                          {post.candidates.length === 0 ? (
                            <span className="muted">{b.none}</span>
                          ) : (
                            <ul className="plain-list">
                              {post.candidates.map((c) => candidateItem(post, c))}
                            </ul>
                          )}
                        </td>
                        {compose && (
                          <td data-label={b.colActions}>
                            {!full && (
                              <button
                                type="button"
                                className="button button-small button-secondary"
                                aria-label={b.addTo(post.postTitle)}
                                aria-expanded={editor?.mode === 'add' && editor.postCode === post.postCode}
                                onClick={() => setEditor({ mode: 'add', postCode: post.postCode })}
                              >
                                {b.add}
                              </button>
                            )}
                          </td>
                        )}
                      </tr>
                      {editor?.postCode === post.postCode && (
                        <tr className="editor-row">
                          <td colSpan={columns}>{editorRow(post)}</td>
                        </tr>
                      )}
                    </Fragment>
                  );
                })}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </Section>
  );
}
