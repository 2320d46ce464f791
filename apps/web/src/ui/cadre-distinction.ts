import type { CadreView } from '../api/types';
import type { Messages } from '../i18n/vi';

/**
 * What tells namesakes apart in a list (three "Nguyễn Văn Vinh"): the post and unit held now, and the
 * year of birth — "Phó Chủ tịch UBND, Xã Quảng An · sinh năm 1980".
 */
export function cadreDistinction(
  cadre: Pick<CadreView, 'birthDate' | 'currentPost'>,
  t: Messages,
  noPost: string = t.cadres.noPost,
): string {
  const post = cadre.currentPost ? `${cadre.currentPost.postTitle}, ${cadre.currentPost.unitName}` : noPost;
  // A view without its birth date (a partial answer) still says the post.
  return cadre.birthDate ? `${post} · ${t.cadres.born(cadre.birthDate.slice(0, 4))}` : post;
}
