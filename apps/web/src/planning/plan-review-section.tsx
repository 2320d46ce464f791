import { useMemo, useState } from 'react';
import type { PlanRemovalProposal, PlanView, RemovePlanCandidateRequest } from '../api/plan-types';
import { useI18n } from '../i18n/i18n';
import { useCommand } from '../shared/use-command';
import { Section } from '../ui/widgets';
import { PlanCommandError } from './plan-error-next';
import { checkSentence, RuleDetail, useRuleWords } from '../ui/rule-sentence';

type Proposal = PlanView['proposals'][number];

const proposalKey = (p: Pick<PlanRemovalProposal, 'postCode' | 'cadreId'>) => `${p.postCode}/${p.cadreId}`;

/** The entry a proposal is about, as the board has it now (taken out already, or still in). */
function entryOf(plan: PlanView, p: Proposal) {
  const post = plan.posts.find((x) => x.postCode === p.postCode);
  return { post, entry: post?.candidates.find((c) => c.cadreId === p.cadreId) };
}

/**
 * The yearly review's removal proposals (age, discipline, low confidence, standards), each with the rule
 * that found it and its citation. HR accepts one (it is taken out with the proposal as the reason) or keeps
 * it (nothing to send: a kept entry simply stays when the review is submitted).
 */
export function PlanReviewSection({
  plan,
  compose,
  remove,
  onDone,
}: {
  plan: PlanView;
  compose: boolean;
  remove(id: string, body: RemovePlanCandidateRequest): Promise<PlanView>;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const r = t.plan.review;
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const open = [...plan.reviews].reverse().find((x) => x.submittedAt === null) ?? plan.reviews.at(-1);
  const toggleKeep = (key: string) =>
    setKept((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <Section title={r.title} id="plan-review-title">
      {open && <p className="muted">{r.year(open.year)}</p>}
      <p className="muted">{r.intro}</p>
      {plan.proposals.length === 0 ? (
        <p className="empty">{r.empty}</p>
      ) : (
        <div className="table-wrap">
          <table
            className="table responsive"
            aria-labelledby="plan-review-title"
            data-testid="plan-proposals"
          >
            <thead>
              <tr>
                <th scope="col">{r.colCadre}</th>
                <th scope="col">{r.colPost}</th>
                <th scope="col">{r.colReason}</th>
                <th scope="col">{r.colRule}</th>
                <th scope="col">{r.colChoice}</th>
              </tr>
            </thead>
            <tbody>
              {plan.proposals.map((p) => (
                <ProposalRow
                  key={proposalKey(p)}
                  plan={plan}
                  proposal={p}
                  compose={compose}
                  kept={kept.has(proposalKey(p))}
                  onToggleKeep={() => toggleKeep(proposalKey(p))}
                  remove={remove}
                  onDone={onDone}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {kept.size > 0 && <p className="muted small">{r.keptNote}</p>}
    </Section>
  );
}

function ProposalRow({
  plan,
  proposal: p,
  compose,
  kept,
  onToggleKeep,
  remove,
  onDone,
}: {
  plan: PlanView;
  proposal: Proposal;
  compose: boolean;
  kept: boolean;
  onToggleKeep(): void;
  remove(id: string, body: RemovePlanCandidateRequest): Promise<PlanView>;
  onDone(message: string): void;
}) {
  const { t, locale } = useI18n();
  const r = t.plan.review;
  const { busy, error, run } = useCommand(onDone);
  const { post, entry } = entryOf(plan, p);
  const name = p.cadreName ?? entry?.cadreName ?? p.cadreId;
  const reason = t.plan.reasons[p.reason] ?? p.reason;
  const removed = entry?.status === 'removed';
  const words = useRuleWords(useMemo(() => [p.check], [p.check]));
  const because = checkSentence(p.check, locale, words).text;
  const accept = () =>
    run(async () => {
      await remove(plan.id, {
        postCode: p.postCode,
        cadreId: p.cadreId,
        reason: r.removeReason(reason, because),
      });
      return t.plan.remove.done(name);
    });

  return (
    <tr data-testid="plan-proposal">
      <td data-label={r.colCadre}>
        <span className="name">{name}</span> <span className="code">{p.cadreId}</span>
      </td>
      <td data-label={r.colPost}>{post ? `${post.postTitle} · ${post.unitName}` : p.postCode}</td>
      <td data-label={r.colReason}>
        <strong>{reason}</strong>
      </td>
      <td data-label={r.colRule}>
        <span className="check-rule">{t.eligibility.rules[p.check.rule] ?? p.check.rule}: </span>
        <RuleDetail check={p.check} words={words} />{' '}
        <span className="check-citation">
          {t.eligibility.citation}: {p.check.citation}
        </span>
      </td>
      <td data-label={r.colChoice}>
        {removed ? (
          <span className="badge badge-withdrawn">{r.removed}</span>
        ) : kept ? (
          <>
            <span className="badge badge-approved">{r.kept}</span>{' '}
            {compose && (
              <button type="button" className="button button-small button-ghost" onClick={onToggleKeep}>
                {r.undoKeep}
              </button>
            )}
          </>
        ) : compose ? (
          <>
            <button
              type="button"
              className="button button-small button-reject"
              disabled={busy}
              aria-label={r.acceptWho(name)}
              onClick={() => void accept()}
            >
              {busy ? t.proc.actions.sending : r.accept}
            </button>{' '}
            <button
              type="button"
              className="button button-small button-secondary"
              disabled={busy}
              aria-label={r.keepWho(name)}
              onClick={onToggleKeep}
            >
              {r.keep}
            </button>
            {error !== null && <PlanCommandError error={error} />}
          </>
        ) : null}
      </td>
    </tr>
  );
}
