import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProcedureDossier } from '../api/dossier-types';
import { renderPanel } from '../test/render';
import { DossierChecklistView } from './dossier-checklist';

const dossier: ProcedureDossier = {
  documents: [],
  complete: false,
  completedOn: null,
  exception: null,
  checklists: [
    {
      cadreId: 'CB-1',
      asOf: '2026-12-02',
      complete: false,
      missing: ['assessment-2025'],
      validUntil: '2027-05-20',
      items: [
        {
          key: 'health_certificate',
          code: 'health_certificate',
          documentKind: 'health_certificate',
          state: 'present',
          documentId: 'd1',
          issuedOn: '2026-11-20',
          validUntil: '2027-05-20',
          citation: 'QĐ 377-QĐ/TW 2025',
        },
        {
          key: 'cv',
          code: 'cv',
          documentKind: 'cv',
          state: 'present',
          documentId: 'd2',
          issuedOn: '2026-11-01',
          validUntil: null,
          citation: 'QĐ 377-QĐ/TW 2025',
        },
        {
          key: 'assessment-2025',
          code: 'assessment',
          documentKind: 'assessment',
          year: 2025,
          state: 'missing',
          documentId: null,
          issuedOn: null,
          validUntil: null,
          citation: 'QĐ 377-QĐ/TW 2025',
        },
      ],
    },
  ],
};

describe('the dossier checklist', () => {
  it('shows in Vietnamese what is there, what is missing and until when each item is valid, dd/mm/yyyy', () => {
    renderPanel(<DossierChecklistView dossier={dossier} names={{ 'CB-1': 'Nguyễn Văn An' }} />);
    const table = screen.getByRole('table', { name: 'Hồ sơ của Nguyễn Văn An' });
    const health = within(table).getByRole('row', { name: /Giấy chứng nhận sức khỏe/ });
    expect(health.textContent).toContain('Đã có');
    expect(health.textContent).toContain('20/11/2026');
    expect(health.textContent).toContain('20/05/2027');
    expect(within(table).getByRole('row', { name: /Sơ yếu lý lịch/ }).textContent).toContain(
      'Không thời hạn',
    );
    const assessment = within(table).getByRole('row', { name: /năm 2025/ });
    expect(assessment.textContent).toContain('Còn thiếu');
    expect(screen.getByText(/chưa triệu tập hội nghị/)).toBeTruthy();
  });

  it('speaks English too, and shows the exception with its reason', () => {
    renderPanel(
      <DossierChecklistView
        dossier={{
          ...dossier,
          exception: {
            grantedBy: 'U-LEAD',
            reason: 'Nộp bổ sung sau',
            at: '2026-12-02T03:00:00.000Z',
            missing: [],
          },
        }}
        names={{}}
      />,
      { locale: 'en' },
    );
    expect(screen.getByRole('table', { name: 'Dossier of CB-1' })).toBeTruthy();
    expect(screen.getByRole('row', { name: /Assessment of 2025/ }).textContent).toContain('Missing');
    expect(screen.getByText(/Dossier exception granted by U-LEAD on 02\/12\/2026 10:00/)).toBeTruthy();
  });
});
