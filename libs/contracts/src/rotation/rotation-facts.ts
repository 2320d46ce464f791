import type { CadreFacts, PostFacts, PostLevel } from '../registry';

/** The post the rotated cadre leaves, as the registry has it. */
export interface RotationOriginFacts {
  postCode: string;
  unitCode: string;
  level: PostLevel;
  /** The cadre's current assignment is this post. */
  heldByCadre: boolean;
}

/** A current holder of the destination post, and the rotation (if any) already moving them out. */
export interface PostHolderFact {
  cadreId: string;
  /** Workflow id of a rotation in progress that moves this holder out of the post, else null. */
  leavingBy: string | null;
}

export interface RotationDestinationFacts {
  post: PostFacts;
  active: boolean;
  /** At most one current holder (the schema enforces it). */
  singleHolder: boolean;
  holders: PostHolderFact[];
}

/** Everything the rotation rules weigh: plain data, loaded by an activity, judged in the workflow. */
export interface RotationFacts {
  cadre: CadreFacts | null;
  origin: RotationOriginFacts | null;
  destination: RotationDestinationFacts | null;
}

export interface LoadRotationFactsInput {
  workflowId: string;
  cadreId: string;
  fromPostId: string;
  toPostId: string;
  asOf: string;
}
