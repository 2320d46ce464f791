import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  Unique,
} from 'typeorm';
import type {
  CadreStatus,
  EducationLevel,
  Gender,
  PoliticalTheoryLevel,
  StateManagementLevel,
} from '@personnel/contracts';

/** A cadre (cán bộ, công chức). The current post is not stored here: it is the open assignment. */
@Entity({ name: 'cadre' })
@Unique('uq_cadre_code', ['code'])
export class CadreEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  /** foldVietnamese(fullName): the accent-insensitive search key (trigram index). */
  @Column({ name: 'search_name', type: 'text' })
  searchName!: string;

  @Column({ type: 'text' })
  gender!: Gender;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Column({ name: 'hometown_locality_code', type: 'text' })
  hometownLocalityCode!: string;

  @Column({ type: 'text' })
  ethnicity!: string;

  @Column({ type: 'text' })
  education!: EducationLevel;

  @Column({ name: 'political_theory', type: 'text' })
  politicalTheory!: PoliticalTheoryLevel;

  @Column({ name: 'state_management', type: 'text' })
  stateManagement!: StateManagementLevel;

  @Column({ name: 'party_member', type: 'boolean' })
  partyMember!: boolean;

  @Column({ type: 'text' })
  status!: CadreStatus;

  @VersionColumn({ type: 'integer' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
