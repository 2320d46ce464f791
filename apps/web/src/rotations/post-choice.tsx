import type { Page, PostView } from '../api/types';
import { PostPicker } from '../cadres/post-picker';
import { useI18n } from '../i18n/i18n';

/** A post chosen for a decision: its code, and what a person reads for it. */
export interface ChosenPost {
  code: string;
  label: string;
}

export const chosenFrom = (post: PostView): ChosenPost => ({
  code: post.code,
  label: `${post.title} · ${post.unitName}`,
});

/**
 * The post a cadre takes at the end of a rotation: found by the post picker, or (returning home) the post
 * they held before, offered in one click.
 */
export function PostChoice({
  value,
  onChange,
  search,
  former,
  errorId,
}: {
  value: ChosenPost | null;
  onChange(post: ChosenPost | null): void;
  search(query: { q?: string; limit: number; active?: boolean }): Promise<Page<PostView>>;
  /** The post before the rotation, offered for a return. */
  former?: ChosenPost;
  errorId?: string;
}) {
  const { t } = useI18n();
  const e = t.rotation.endOfTerm;
  if (value)
    return (
      <div className="chosen-post" aria-describedby={errorId}>
        <p>
          <span className="label">{e.post}: </span>
          <strong>{value.label}</strong> <span className="code">{value.code}</span>
        </p>
        <button type="button" className="button button-secondary button-small" onClick={() => onChange(null)}>
          {t.post.change}
        </button>
      </div>
    );
  return (
    <div className="post-choice">
      {former && (
        <p>
          {e.formerPost(former.label)}{' '}
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => onChange(former)}
          >
            {e.useFormerPost}
          </button>
        </p>
      )}
      <PostPicker
        value={null}
        onChange={(post) => onChange(post ? chosenFrom(post) : null)}
        search={search}
      />
    </div>
  );
}
