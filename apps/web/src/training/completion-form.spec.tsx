import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { StoredDocument } from '../api/appointment-types';
import { renderPanel } from '../test/render';
import { CompletionForm } from './completion-form';
import { classStatus } from './training-fixtures';

const ATTENDEES = [
  { cadreId: 'CB-1', name: 'Nguyễn Văn An' },
  { cadreId: 'CB-2', name: 'Trần Thị Bình' },
];
const DOC = { id: '7b0c6a1e-3f7d-4d0b-9a55-2f4a3c1e9b10', fileName: 'gcn-an.pdf' } as StoredDocument;

describe('the completion form', () => {
  it('records a pass with its certificate number and uploaded scan, and a fail', async () => {
    const upload = vi.fn(() => Promise.resolve(DOC));
    const complete = vi.fn((_body: unknown) => Promise.resolve(classStatus({ state: 'completed' })));
    const onDone = vi.fn();
    renderPanel(<CompletionForm attendees={ATTENDEES} upload={upload} complete={complete} onDone={onDone} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Số giấy chứng nhận của Nguyễn Văn An'), 'GCN-001');
    await user.upload(
      screen.getByLabelText('Bản chụp giấy chứng nhận của Nguyễn Văn An'),
      new File(['%PDF'], 'gcn-an.pdf', { type: 'application/pdf' }),
    );
    expect(upload).toHaveBeenCalledWith('certificate', expect.any(File));
    expect(await screen.findByText('Đã tải lên gcn-an.pdf.')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Trần Thị Bình đạt' }));
    await user.click(screen.getByRole('button', { name: 'Ghi kết quả, hoàn thành lớp' }));
    expect(complete).toHaveBeenCalledWith({
      results: [
        { cadreId: 'CB-1', passed: true, certificateNumber: 'GCN-001', certificateDocumentId: DOC.id },
        { cadreId: 'CB-2', passed: false },
      ],
    });
    expect(onDone).toHaveBeenCalledWith('Đã hoàn thành lớp; chứng nhận đã vào hồ sơ cán bộ.');
  });

  it('asks for the certificate number of each pass before sending', async () => {
    const complete = vi.fn();
    renderPanel(
      <CompletionForm attendees={ATTENDEES} upload={vi.fn()} complete={complete} onDone={vi.fn()} />,
      {
        locale: 'en',
      },
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Record the results and complete the class' }));
    expect(complete).not.toHaveBeenCalled();
    expect(screen.getAllByText('A passed trainee needs the certificate number.')).toHaveLength(2);
    expect(screen.getByLabelText('Certificate number of Nguyễn Văn An').getAttribute('aria-invalid')).toBe(
      'true',
    );
  });

  it('says to cancel the class when nobody attended', () => {
    renderPanel(<CompletionForm attendees={[]} upload={vi.fn()} complete={vi.fn()} onDone={vi.fn()} />);
    expect(screen.getByText(/Không có học viên nào có mặt/)).toBeTruthy();
  });
});
