import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * The durable journal: one row per workflow step. UNIQUE (workflow_id, step_key) is what makes a retried
 * activity harmless: the second insert finds the row and writes nothing.
 */
@Entity({ name: 'workflow_step' })
@Unique('uq_workflow_step_workflow_step_key', ['workflowId', 'stepKey'])
@Index('ix_workflow_step_workflow_seq', ['workflowId', 'seq'])
export class WorkflowStepEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'workflow_id', type: 'text' })
  workflowId!: string;

  @Column({ name: 'run_id', type: 'text' })
  runId!: string;

  @Column({ name: 'step_key', type: 'text' })
  stepKey!: string;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  actor!: string;

  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  payload!: Record<string, unknown>;

  /** Business time: the workflow's clock when the step happened. */
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  /** Hash of the workflow's previous step (insertion order), or the genesis hash for the first. */
  @Column({ name: 'prev_hash', type: 'text' })
  prevHash!: string;

  /** SHA-256 over the canonical encoding of this step and prevHash (libs/persistence/src/audit). */
  @Column({ type: 'text' })
  hash!: string;

  /** Wall-clock time of the insert. */
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
