import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A cadre in the succession plan (quy hoạch) of a post for a term; `toDate` set once taken out. */
@Entity({ name: 'planning_entry' })
@Unique('uq_planning_entry', ['cadreId', 'postId', 'term'])
export class PlanningEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cadre_id', type: 'uuid' })
  cadreId!: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId!: string;

  /** e.g. "2025-2030". */
  @Column({ type: 'text' })
  term!: string;

  @Column({ name: 'from_date', type: 'date' })
  fromDate!: string;

  @Column({ name: 'to_date', type: 'date', nullable: true })
  toDate!: string | null;

  /** The plan procedure that published the entry (its workflow id); null for a registry import. */
  @Column({ name: 'plan_id', type: 'text', nullable: true })
  planId!: string | null;

  /** Who approved the entry (the signer of a plan, or the body an import names). */
  @Column({ name: 'approved_by', type: 'text', nullable: true })
  approvedBy!: string | null;

  /** The number of the approving decision. */
  @Column({ name: 'decision_ref', type: 'text', nullable: true })
  decisionRef!: string | null;

  @Column({ name: 'removed_reason', type: 'text', nullable: true })
  removedReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
