import type {
  RotationDestinationFacts,
  RotationMove,
  RotationOriginFacts,
  RuleCheck,
} from '@personnel/contracts';
import type { RuleParameters } from '../legal-basis/parameters';
import { ruleCheck, sentence, type Sentence } from '../rules/rule';

/**
 * The rules of a rotation that are about the move rather than the person (QĐ 65-QĐ/TW 2022): the cadre
 * leaves the post they hold, goes to another unit, to a post of the same level, for long enough, and
 * no post is created — the destination is free or freed by the same decision.
 */

/** The rotation starts from the cadre's current post. */
export function holdsOriginPost(origin: RotationOriginFacts, params: RuleParameters): RuleCheck {
  return ruleCheck(
    'holds_origin_post',
    origin.heldByCadre,
    sentence(
      origin.heldByCadre ? 'holds_origin_post.holds' : 'holds_origin_post.not_held',
      { postCode: origin.postCode },
      origin.heldByCadre
        ? `The cadre holds post ${origin.postCode} now.`
        : `The cadre does not hold post ${origin.postCode} now; a rotation starts from the current post.`,
    ),
    params.rotationNoNewPost,
    { fromPostId: origin.postCode },
  );
}

/** A rotation goes to another unit: a move inside one unit is an appointment or a reassignment. */
export function anotherUnit(
  origin: RotationOriginFacts,
  destination: RotationDestinationFacts,
  params: RuleParameters,
): RuleCheck {
  const passed = origin.unitCode !== destination.post.unitCode;
  return ruleCheck(
    'another_unit',
    passed,
    sentence(
      passed ? 'another_unit.other' : 'another_unit.same',
      {
        fromUnitCode: origin.unitCode,
        toUnitCode: destination.post.unitCode,
        postCode: destination.post.postCode,
      },
      passed
        ? `From unit ${origin.unitCode} to unit ${destination.post.unitCode}.`
        : `Post ${destination.post.postCode} is in the cadre's own unit ${origin.unitCode}; a rotation goes to another unit.`,
    ),
    params.rotationNoNewPost,
    { fromUnitCode: origin.unitCode, toUnitCode: destination.post.unitCode },
  );
}

/** Same level as the post left, by default (a leader may grant an exception, with reasons). */
export function sameLevel(
  origin: RotationOriginFacts,
  destination: RotationDestinationFacts,
  params: RuleParameters,
): RuleCheck {
  const passed = !params.rotationSameLevel.value || origin.level === destination.post.level;
  return ruleCheck(
    'same_level',
    passed,
    sentence(
      origin.level === destination.post.level ? 'same_level.same' : 'same_level.different',
      {
        level: origin.level,
        fromPostCode: origin.postCode,
        toPostCode: destination.post.postCode,
        toLevel: destination.post.level,
      },
      origin.level === destination.post.level
        ? `Both posts are of the ${origin.level} level.`
        : `Post ${origin.postCode} is of the ${origin.level} level, post ${destination.post.postCode} of the ` +
            `${destination.post.level} level; a rotation goes to the same level unless a leader decides otherwise.`,
    ),
    params.rotationSameLevel,
    { fromLevel: origin.level, toLevel: destination.post.level },
  );
}

/** At least 36 months. */
export function rotationLength(months: number, params: RuleParameters): RuleCheck {
  const min = params.rotationMinMonths.value;
  return ruleCheck(
    'rotation_length',
    months >= min,
    sentence(
      months >= min ? 'rotation_length.enough' : 'rotation_length.short',
      { months, min },
      `The rotation lasts ${months} months; at least ${min} are required.`,
    ),
    params.rotationMinMonths,
    { months, min },
  );
}

/**
 * No post is created: an active destination that can take the cadre — a post with seats to spare, or a
 * single-holder post that is vacant, whose holder is leaving it by a rotation of their own (a swap), or
 * whose holder this decision replaces (`replaceHolder`).
 */
export function destinationAvailable(
  move: Pick<RotationMove, 'cadreId' | 'replaceHolder'>,
  destination: RotationDestinationFacts,
  params: RuleParameters,
): RuleCheck {
  const postCode = destination.post.postCode;
  const others = destination.holders.filter((h) => h.cadreId !== move.cadreId);
  const staying = others.filter((h) => h.leavingBy === null);
  const leaving = others.filter((h) => h.leavingBy !== null);
  let passed: boolean;
  let detail: Sentence;
  const held = (hs: typeof others) => hs.map((h) => h.cadreId);
  if (!destination.active) {
    passed = false;
    detail = sentence(
      'destination_available.deactivated',
      { postCode },
      `Post ${postCode} is deactivated; a rotation creates no post.`,
    );
  } else if (!destination.singleHolder || others.length === 0) {
    passed = true;
    detail = destination.singleHolder
      ? sentence('destination_available.vacant', { postCode }, `Post ${postCode} is vacant.`)
      : sentence(
          'destination_available.seats',
          { postCode },
          `Post ${postCode} has several seats; the cadre takes one of them.`,
        );
  } else if (staying.length === 0) {
    passed = true;
    const rotations = leaving.map((h) => h.leavingBy ?? '');
    detail = sentence(
      'destination_available.holder_leaving',
      { postCode, holders: held(leaving), rotations },
      `Post ${postCode} is held by ${held(leaving).join(', ')}, who leaves it by rotation ${rotations.join(', ')}.`,
    );
  } else if (move.replaceHolder === true) {
    passed = true;
    detail = sentence(
      'destination_available.replaced',
      { postCode, holders: held(staying) },
      `Post ${postCode} is held by ${held(staying).join(', ')}; this decision ends that assignment.`,
    );
  } else {
    passed = false;
    detail = sentence(
      'destination_available.held',
      { postCode, holders: held(staying) },
      `Post ${postCode} is held by ${held(staying).join(', ')} and has one holder; ` +
        `choose a vacant post, or say that this decision replaces the holder.`,
    );
  }
  return ruleCheck('destination_available', passed, detail, params.rotationNoNewPost, {
    postCode,
    singleHolder: destination.singleHolder,
    holders: others.map((h) => h.cadreId).join(',') || null,
    replaceHolder: move.replaceHolder === true,
  });
}
