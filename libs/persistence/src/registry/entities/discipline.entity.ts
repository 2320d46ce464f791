import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DisciplineForm } from '@personnel/contracts';

/** A discipline decision (kỷ luật): reprimand, warning or removal. */
@Entity({ name: 'discipline' })
export class DisciplineEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cadre_id', type: 'uuid' })
  cadreId!: string;

  @Column({ type: 'text' })
  form!: DisciplineForm;

  @Column({ name: 'decided_at', type: 'date' })
  decidedAt!: string;

  @Column({ type: 'text' })
  reason!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
