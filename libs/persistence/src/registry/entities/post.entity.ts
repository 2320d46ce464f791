import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  Unique,
} from 'typeorm';
import type { PostLevel, PostRankGroup, PostStandards } from '@personnel/contracts';

/** A post (chức danh) of a unit, with the standards whoever holds it must meet. */
@Entity({ name: 'post' })
@Unique('uq_post_code', ['code'])
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ type: 'text' })
  level!: PostLevel;

  /** Rank group within the level: equivalent and higher posts (libs/domain `post-rank`). */
  @Column({ name: 'rank_group', type: 'text', default: 'staff' })
  rankGroup!: PostRankGroup;

  @Column({ name: 'is_head', type: 'boolean', default: false })
  isHead!: boolean;

  /** At most one current holder (heads, and posts of one seat); the schema enforces it on assignments. */
  @Column({ name: 'single_holder', type: 'boolean', default: false })
  singleHolder!: boolean;

  @Column({ name: 'requires_non_local', type: 'boolean', default: false })
  requiresNonLocal!: boolean;

  @Column({ type: 'jsonb' })
  standards!: PostStandards;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @VersionColumn({ type: 'integer' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
