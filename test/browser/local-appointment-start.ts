import type { Locator, Page } from 'playwright-core';
import type { UserActions } from './user-actions';

/** The start form of an appointment, as HR reaches it from the procedures page. */
export const startForm = (page: Page): Locator =>
  page.getByRole('form', { name: 'Bắt đầu quy trình bổ nhiệm' });

/**
 * HR opens the start form from the procedures page and picks the candidate and the post by search: the
 * rest of the form (source, standing bodies, the post's sign-off chain and signer) fills itself in.
 */
export async function pickCandidateAndPost(
  actions: UserActions,
  page: Page,
  candidate: string,
  post: string,
): Promise<Locator> {
  await actions.click(page.getByRole('link', { name: 'Bắt đầu quy trình mới' }));
  const form = startForm(page);
  await actions.fill(form.getByLabel('Tìm cán bộ'), candidate);
  await actions.press(form.getByLabel('Tìm cán bộ'), 'Enter');
  await actions.click(form.getByRole('button', { name: new RegExp(`^Thêm .*\\(${candidate}\\)$`) }));
  await actions.fill(form.getByRole('searchbox', { name: 'Tìm chức danh' }), post);
  await actions.click(form.getByRole('button', { name: 'Tìm chức danh' }));
  await actions.click(form.getByRole('button', { name: new RegExp(`^Chọn: .*\\(${post}\\)$`) }));
  return form;
}

/** One dossier document (the candidate's CV) uploaded on the form, then the start: answers the workflow id. */
export async function uploadCvAndStart(actions: UserActions, page: Page, beforeStart?: () => Promise<void>) {
  const form = startForm(page);
  const dossier = form.getByRole('group', { name: 'Tài liệu hồ sơ' });
  await actions.select(dossier.getByLabel('Loại tài liệu'), 'other');
  await actions.pickFile(dossier.getByLabel('Tệp', { exact: true }), {
    name: 'so-yeu-ly-lich.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% Sơ yếu lý lịch\n'),
  });
  await actions.click(dossier.getByRole('button', { name: 'Tải lên' }));
  await dossier.getByText('so-yeu-ly-lich.pdf').waitFor();
  await beforeStart?.();
  await actions.click(form.getByRole('button', { name: 'Bắt đầu quy trình' }));
  const started = page.getByTestId('appointment-started');
  await started.waitFor();
  const id = /appointment\/[^\s/]+\/\d+/.exec((await started.textContent()) ?? '')?.[0];
  if (!id) throw new Error(`no workflow id in "${await started.textContent()}"`);
  return id;
}
