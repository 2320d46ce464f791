import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OfficialDocumentList } from '../api/types';
import { renderPanel } from '../test/render';
import { DocumentsSection } from './documents-section';

const ID = 'appointment/DH-QA-CT-UBND/1';
const BASE = `/api/v1/procedures/${ID}/documents`;
const LIST: OfficialDocumentList = {
  workflowId: ID,
  documents: [
    {
      key: 'submission',
      kind: 'submission',
      title: 'Tờ trình',
      stepKey: '0/proposed',
      state: 'issued',
      sizeBytes: 39_429,
      sha256: 'a'.repeat(64),
      issuedAt: '2026-12-02T03:00:00.000Z',
      fileName: 'appointment-DH-QA-CT-UBND-1-submission.pdf',
      previewPath: `${BASE}/submission`,
      downloadPath: `${BASE}/submission/download`,
    },
    {
      key: 'decision',
      kind: 'decision',
      title: 'Quyết định bổ nhiệm',
      stepKey: null,
      state: 'draft',
      sizeBytes: null,
      sha256: null,
      issuedAt: null,
      fileName: 'du-thao-appointment-DH-QA-CT-UBND-1-decision.pdf',
      previewPath: `${BASE}/decision`,
      downloadPath: `${BASE}/decision/download`,
    },
  ],
};

const api = vi.hoisted(() => ({
  procedureDocuments: vi.fn(),
  documentPdf: vi.fn(),
}));
vi.mock('../auth/auth', () => ({ useAuth: () => ({ api }) }));

describe('the documents section', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    api.procedureDocuments.mockResolvedValue(LIST);
    api.documentPdf.mockResolvedValue(new Blob(['%PDF-1.7'], { type: 'application/pdf' }));
    URL.createObjectURL = vi.fn(() => 'blob:http://localhost/pdf-1');
    URL.revokeObjectURL = vi.fn();
  });

  it('lists issued papers with their size in the language and drafts as such, in Vietnamese and English', async () => {
    renderPanel(<DocumentsSection workflowId={ID} refreshKey={1} />);
    await screen.findByText('38,5 KB');
    expect(screen.getByText('Đã ban hành')).toBeTruthy();
    expect(screen.getByText('Dự thảo')).toBeTruthy();
    expect(api.procedureDocuments).toHaveBeenCalledWith(ID, expect.anything());
  });

  it('shows English sizes with a decimal point', async () => {
    renderPanel(<DocumentsSection workflowId={ID} refreshKey={1} />, { locale: 'en' });
    await screen.findByText('38.5 KB');
    expect(screen.getByText('Draft')).toBeTruthy();
  });

  it('previews a paper inline from the PDF fetched with the token, and closes it', async () => {
    const user = userEvent.setup();
    renderPanel(<DocumentsSection workflowId={ID} refreshKey={1} />);
    await user.click(await screen.findByRole('button', { name: 'Xem: Quyết định bổ nhiệm' }));
    const frame = await screen.findByTitle('Bản xem: Quyết định bổ nhiệm');
    expect(frame.getAttribute('src')).toBe('blob:http://localhost/pdf-1');
    expect(api.documentPdf).toHaveBeenCalledWith(`${BASE}/decision`);
    expect(screen.getByText('Chưa ghi nhận bước tạo văn bản: bản xem là dự thảo, không lưu.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Đóng bản xem' }));
    await waitFor(() => expect(screen.queryByTitle('Bản xem: Quyết định bổ nhiệm')).toBeNull());
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:http://localhost/pdf-1');
  });

  it('downloads through the download path under the paper file name', async () => {
    const user = userEvent.setup();
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    renderPanel(<DocumentsSection workflowId={ID} refreshKey={1} />);
    await user.click(await screen.findByRole('button', { name: 'Tải về: Tờ trình' }));
    await waitFor(() => expect(clicked).toEqual(['appointment-DH-QA-CT-UBND-1-submission.pdf']));
    expect(api.documentPdf).toHaveBeenCalledWith(`${BASE}/submission/download`);
    click.mockRestore();
  });

  it('reads the list again when the procedure moves', async () => {
    const user = userEvent.setup();
    function Moving() {
      const [steps, setSteps] = useState(1);
      return (
        <>
          <button type="button" onClick={() => setSteps((n) => n + 1)}>
            step
          </button>
          <DocumentsSection workflowId={ID} refreshKey={steps} />
        </>
      );
    }
    renderPanel(<Moving />);
    await screen.findByText('38,5 KB');
    await user.click(screen.getByRole('button', { name: 'step' }));
    await waitFor(() => expect(api.procedureDocuments).toHaveBeenCalledTimes(2));
  });
});
