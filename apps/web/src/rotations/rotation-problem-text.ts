import { startProblemText, type SayFieldProblem } from '../appointments/field-problems';
import { startFieldLabel } from '../appointments/start-field-label';
import type { Messages } from '../i18n/vi';
import type { RotationProblem } from './rotation-form-logic';

export function rotationProblemText(p: RotationProblem, t: Messages, say?: SayFieldProblem): string {
  switch (p.kind) {
    case 'monthsMin':
      return t.rotation.start.problems.monthsMin(p.min);
    case 'samePost':
      return t.rotation.start.problems.samePost;
    case 'candidateVotes':
      // A rotation has no candidates: the one who may not vote is the rotated cadre.
      return t.rotation.start.problems.cadreVotes;
    default:
      return startProblemText(p, t, say);
  }
}

/** The label a person reads for a field path of a rotation or a batch (`parties.signOff[0].label`, `months`). */
export function rotationFieldLabel(field: string, t: Messages): string {
  const plain = field.replace(/^parties\./, '');
  const own = t.rotation.start.fields[plain.replace(/\[\d+\]$/, '')];
  if (own) return own;
  return startFieldLabel(plain, t.proc.start);
}
