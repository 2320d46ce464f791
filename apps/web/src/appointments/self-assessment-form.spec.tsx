import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import type {
  AppointmentDetail,
  AppointmentStatus,
  DocumentKind,
  SelfAssessmentRequest,
  StoredDocument,
} from '../api/appointment-types';
import { task } from '../test/appointment-fixtures';
import { renderPanel } from '../test/render';
import { SelfAssessmentForm, selfAssessmentTaskFor } from './self-assessment-form';

const ID = 'appointment/DH-QA-CT-UBND/1';
const SUMMARY = 'Hoàn thành tốt nhiệm vụ; các chỉ tiêu của xã đều đạt và vượt.';
const ok = () => Promise.resolve({} as AppointmentStatus);
const stored: StoredDocument = {
  id: '0b6f1c1e-3f43-4f8e-9d5e-6a3d3b0a1c2d',
  kind: 'self_assessment',
  fileName: 'tu-danh-gia.pdf',
  contentType: 'application/pdf',
  sizeBytes: 12,
  sha256: 'a'.repeat(64),
} as StoredDocument;

function setup({
  submit = vi.fn((_id: string, _body: SelfAssessmentRequest) => ok()),
  upload,
  locale = 'vi',
}: {
  submit?: (id: string, body: SelfAssessmentRequest) => Promise<AppointmentStatus>;
  upload?: (kind: DocumentKind, file: File) => Promise<StoredDocument>;
  locale?: 'vi' | 'en';
} = {}) {
  const onDone = vi.fn();
  renderPanel(
    <SelfAssessmentForm appointmentId={ID} term={1} submit={submit} upload={upload} onDone={onDone} />,
    { locale },
  );
  return { submit, onDone, user: userEvent.setup() };
}

describe('the self-assessment form', () => {
  it('needs a summary of at least 20 characters, then sends it trimmed', async () => {
    const { submit, onDone, user } = setup();
    const button = screen.getByRole('button', { name: 'Nộp bản tự đánh giá' });
    await user.click(button);
    expect(submit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('Vui lòng nhập bản tự đánh giá.');

    const summary = screen.getByLabelText('Tóm tắt bản tự đánh giá');
    expect(summary.getAttribute('maxlength')).toBe('4000');
    await user.type(summary, '   Ngắn quá   ');
    await user.click(button);
    expect(submit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain(
      'Bản tự đánh giá cần ít nhất 20 ký tự (hiện có 8).',
    );

    await user.clear(summary);
    await user.type(summary, `  ${SUMMARY}  `);
    await user.click(button);
    expect(submit).toHaveBeenCalledWith(ID, { summary: SUMMARY });
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Đã nộp bản tự đánh giá.'));
  });

  it('sends the documents uploaded with it, as a self-assessment by default', async () => {
    const upload = vi.fn((_kind: DocumentKind, _file: File) => Promise.resolve(stored));
    const { submit, user } = setup({ upload });
    expect((screen.getByLabelText('Loại tài liệu') as HTMLSelectElement).value).toBe('self_assessment');
    await user.upload(
      screen.getByLabelText('Tệp'),
      new File(['%PDF-1.4'], 'tu-danh-gia.pdf', { type: 'application/pdf' }),
    );
    await user.click(screen.getByRole('button', { name: 'Tải lên' }));
    await waitFor(() => expect(screen.getByText('tu-danh-gia.pdf')).toBeTruthy());
    expect(upload).toHaveBeenCalledWith('self_assessment', expect.any(File));

    await user.type(screen.getByLabelText('Tóm tắt bản tự đánh giá'), SUMMARY);
    await user.click(screen.getByRole('button', { name: 'Nộp bản tự đánh giá' }));
    expect(submit).toHaveBeenCalledWith(ID, { summary: SUMMARY, documentIds: [stored.id] });
  });

  it('offers no upload to those who may not upload', () => {
    setup();
    expect(screen.queryByLabelText('Tệp')).toBeNull();
  });

  it('shows a refusal in words', async () => {
    const refused = vi.fn((_id: string, _body: SelfAssessmentRequest): Promise<AppointmentStatus> =>
      Promise.reject(
        new ApiError(403, {
          statusCode: 403,
          error: 'Forbidden',
          message: 'the holder of the post or HR submits the self-assessment',
          code: 'not_authorised',
        }),
      ),
    );
    const form = setup({ submit: refused });
    await form.user.type(screen.getByLabelText('Tóm tắt bản tự đánh giá'), SUMMARY);
    await form.user.click(screen.getByRole('button', { name: 'Nộp bản tự đánh giá' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('Bạn không có quyền thực hiện thao tác này.'),
    );
    expect(form.onDone).not.toHaveBeenCalled();
  });

  it('says a refusal in English', async () => {
    const refused = vi.fn((_id: string, _body: SelfAssessmentRequest): Promise<AppointmentStatus> =>
      Promise.reject(
        new ApiError(409, {
          statusCode: 409,
          error: 'Conflict',
          message: 'no self-assessment is waiting',
          code: 'wrong_stage',
        }),
      ),
    );
    const { user, onDone } = setup({ submit: refused, locale: 'en' });
    await user.type(screen.getByLabelText('Summary of the self-assessment'), SUMMARY);
    await user.click(screen.getByRole('button', { name: 'Submit the self-assessment' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'The procedure is not at a stage that allows this.',
      ),
    );
    expect(onDone).not.toHaveBeenCalled();
  });
});

describe('who gets the self-assessment form', () => {
  const open = task({
    taskKey: 'self-assessment-t1',
    kind: 'self_assessment',
    assigneeIds: ['U-HR-01'],
    relation: 'other',
  });
  const detail = (tasks = [open]) =>
    ({ tasks, appointee: 'CB-0001', status: null }) as unknown as Pick<
      AppointmentDetail,
      'tasks' | 'appointee' | 'status'
    >;

  it('is the proposer it is assigned to, any hr_officer and the holder of the post', () => {
    expect(selfAssessmentTaskFor(detail(), { username: 'U-HR-01', roles: ['hr_officer'] })).toBe(open);
    expect(selfAssessmentTaskFor(detail(), { username: 'U-HR-02', roles: ['hr_officer'] })).toBe(open);
    expect(
      selfAssessmentTaskFor(detail(), { username: 'U-CT-01', roles: ['viewer'], cadreId: 'CB-0001' }),
    ).toBe(open);
  });

  it('is nobody else, and nobody once the task is done', () => {
    expect(selfAssessmentTaskFor(detail(), { username: 'U-XEM-01', roles: ['viewer'] })).toBeUndefined();
    expect(
      selfAssessmentTaskFor(detail(), { username: 'U-LD-01', roles: ['leader'], cadreId: 'CB-0002' }),
    ).toBeUndefined();
    const done = { ...open, status: 'done' as const, outcome: 'submitted' as const };
    expect(
      selfAssessmentTaskFor(detail([done]), { username: 'U-HR-01', roles: ['hr_officer'] }),
    ).toBeUndefined();
  });
});
