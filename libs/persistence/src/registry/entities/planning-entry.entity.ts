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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
