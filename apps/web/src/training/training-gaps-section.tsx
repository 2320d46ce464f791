import { useEffect, useState } from 'react';
import type { TrainingGaps } from '../api/training-types';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/errors';
import { Loading, Section } from '../ui/widgets';

/**
 * "Còn thiếu cho chức danh quy hoạch": per post the cadre is planned for, the courses (by name) and
 * other standards still missing, each with the rule's legal basis.
 */
export function TrainingGapsSection({
  cadreCode,
  load,
}: {
  cadreCode: string;
  load(cadreCode: string, signal: AbortSignal): Promise<TrainingGaps>;
}) {
  const { t } = useI18n();
  const g = t.training.gaps;
  const [gaps, setGaps] = useState<TrainingGaps | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const controller = new AbortController();
    load(cadreCode, controller.signal).then(
      (answer) => {
        setError(null);
        setGaps(answer);
      },
      (e: unknown) => {
        if ((e as Error).name !== 'AbortError') setError(e);
      },
    );
    return () => controller.abort();
  }, [cadreCode, load]);

  return (
    <Section title={g.title} id="training-gaps">
      {error !== null && <ErrorMessage error={error} />}
      {gaps === null && error === null && <Loading />}
      {gaps && gaps.posts.length === 0 && <p className="muted">{g.none}</p>}
      {gaps && gaps.posts.length > 0 && (
        <ul className="plain-list" data-testid="training-gaps">
          {gaps.posts.map((post) => {
            const others = post.unmet.filter((u) => u.rule !== 'required_training');
            const courseRule = post.unmet.find((u) => u.rule === 'required_training');
            return (
              <li key={post.postCode}>
                <p>
                  <strong>{post.postTitle ?? post.postCode}</strong>
                  {post.unitName ? `, ${post.unitName}` : ''}{' '}
                  <span className="muted small">· {g.term(post.term)}</span>
                </p>
                {post.unmet.length === 0 && <p className="muted small">{g.complete}</p>}
                {post.missingCourses.length > 0 && (
                  <p>
                    {g.missingCourses} {post.missingCourses.map((c) => c.title ?? c.code).join('; ')}
                    {courseRule && (
                      <span className="muted small">
                        {' '}
                        ({g.citation} {courseRule.citation})
                      </span>
                    )}
                  </p>
                )}
                {others.length > 0 && (
                  <p>
                    {g.otherStandards} {others.map((u) => t.training.rules[u.rule] ?? u.rule).join('; ')}
                    <span className="muted small">
                      {' '}
                      ({g.citation} {others[0].citation})
                    </span>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
