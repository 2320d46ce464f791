import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { EvaluationRating } from '@personnel/contracts';

/** A yearly evaluation (đánh giá, xếp loại): one per cadre and year. */
@Entity({ name: 'evaluation' })
@Unique('uq_evaluation_cadre_year', ['cadreId', 'year'])
export class EvaluationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cadre_id', type: 'uuid' })
  cadreId!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text' })
  rating!: EvaluationRating;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
