import type { CalendarDayKind } from '@personnel/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * A day of the working-day calendar, kept as data (Tết follows the lunar calendar): a day off that
 * working-day counts skip, or a weekend day worked in a swap that they count.
 */
@Entity({ name: 'public_holiday' })
export class PublicHolidayEntity {
  @PrimaryColumn({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: 'day_off' })
  kind!: CalendarDayKind;

  @VersionColumn({ type: 'integer' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
