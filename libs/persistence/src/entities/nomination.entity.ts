import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import type { NominationState } from '@personnel/contracts';

/** Read model of a nomination, updated in the same transaction as the step that changed it. */
@Entity({ name: 'nomination' })
@Unique('uq_nomination_cadre_post_sequence', ['cadreId', 'postId', 'sequence'])
@Index('ix_nomination_state_updated', ['state', 'updatedAt'])
@Index('ix_nomination_current_approver', ['currentApproverId'])
export class NominationEntity {
  /** The workflow id, `nomination/<cadreId>/<postId>/<n>`. */
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ name: 'cadre_id', type: 'text' })
  cadreId!: string;

  @Column({ name: 'post_id', type: 'text' })
  postId!: string;

  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ name: 'proposed_by', type: 'text' })
  proposedBy!: string;

  @Column({ name: 'approver_ids', type: 'text', array: true })
  approverIds!: string[];

  @Column({ type: 'text' })
  state!: NominationState;

  @Column({ name: 'current_approver_id', type: 'text', nullable: true })
  currentApproverId!: string | null;

  @Column({ name: 'proposed_at', type: 'timestamptz' })
  proposedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Seq of the last step applied; a late step with a lower seq never rolls the row back. */
  @Column({ name: 'last_seq', type: 'integer' })
  lastSeq!: number;
}
