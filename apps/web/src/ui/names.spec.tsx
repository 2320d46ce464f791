import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CadreView } from '../api/types';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import { userDirectory } from '../test/name-fixtures';
import { renderPanel } from '../test/render';
import { cadreDistinction } from './cadre-distinction';
import { ActorName, NameProvider } from './names';

const directory = () =>
  userDirectory([
    { username: 'U-TCNV-01', fullName: 'Trần Thị Hoa', roles: ['hr_officer'], unitCode: 'DH', cadreId: null },
  ]);

describe('actors and namesakes by what people read', () => {
  it('names a user actor by display name, the system in the user’s language, an unknown id by its id', async () => {
    const cache = directory();
    const { unmount } = renderPanel(
      <NameProvider cache={cache}>
        <p>
          <ActorName actor="U-TCNV-01" systemLabel={vi.nomination.system} /> ·{' '}
          <ActorName actor="system" systemLabel={vi.nomination.system} /> ·{' '}
          <ActorName actor="U-GONE" systemLabel={vi.nomination.system} />
        </p>
      </NameProvider>,
    );
    await waitFor(() => expect(screen.getByText('Trần Thị Hoa')).toBeTruthy());
    expect(screen.getByText('Hệ thống')).toBeTruthy();
    expect(screen.getByText('U-GONE')).toBeTruthy();
    unmount();
    renderPanel(
      <NameProvider cache={cache}>
        <ActorName actor="system" systemLabel={en.nomination.system} />
      </NameProvider>,
      { locale: 'en' },
    );
    expect(screen.getByText('System')).toBeTruthy();
  });

  it('tells three namesakes apart by post, unit and year of birth', () => {
    const vinh = (birthDate: string, post: CadreView['currentPost']) => ({ birthDate, currentPost: post });
    const post = (postTitle: string, unitName: string) =>
      ({ postTitle, unitName }) as NonNullable<CadreView['currentPost']>;
    const three = [
      vinh('1978-02-01', post('Chủ tịch UBND', 'Xã Quảng An')),
      vinh('1985-07-12', post('Chủ tịch UBND', 'Xã Quảng Lâm')),
      vinh('1990-11-30', null),
    ];
    const vietnamese = three.map((c) => cadreDistinction(c, vi));
    expect(vietnamese).toEqual([
      'Chủ tịch UBND, Xã Quảng An · sinh năm 1978',
      'Chủ tịch UBND, Xã Quảng Lâm · sinh năm 1985',
      'Chưa giữ chức vụ · sinh năm 1990',
    ]);
    expect(new Set(vietnamese).size).toBe(3);
    expect(cadreDistinction(three[2], en)).toBe('Holds no post · born 1990');
  });
});
