import { vietnamDate } from '@personnel/domain';
import type { EventType } from '@personnel/contracts';
import type { TaskMailFacts } from '@personnel/persistence';
import { taskLink } from './task-link';

/** The three task events that are mailed, and what each tells its recipient. */
export type MailedEventType = Extract<
  EventType,
  'vn.personnel.task.opened' | 'vn.personnel.task.reminded' | 'vn.personnel.task.escalated'
>;

export interface TaskMail {
  subject: string;
  text: string;
  html: string;
}

/** Procedure kinds by their Vietnamese names (the panel's words). */
const KIND_NAMES: Readonly<Record<string, string>> = {
  appointment: 'Bổ nhiệm cán bộ',
  rotation: 'Luân chuyển cán bộ',
  plan: 'Quy hoạch cán bộ',
  training: 'Đào tạo, bồi dưỡng',
  confidence_vote: 'Lấy phiếu tín nhiệm',
  review: 'Xem xét',
};

const OPENING: Readonly<Record<MailedEventType, { subject: string; line: string }>> = {
  'vn.personnel.task.opened': { subject: 'Nhiệm vụ mới', line: 'Đồng chí có một nhiệm vụ mới cần xử lý.' },
  'vn.personnel.task.reminded': {
    subject: 'Nhắc việc',
    line: 'Nhiệm vụ dưới đây sắp đến hạn mà chưa được xử lý.',
  },
  'vn.personnel.task.escalated': {
    subject: 'Nhiệm vụ quá hạn được chuyển lên',
    line: 'Nhiệm vụ dưới đây đã quá hạn và được chuyển lên đồng chí xem xét, xử lý.',
  },
};

/** dd/mm/yyyy, the civil day in Vietnam (UTC+7). */
export function vietnameseDate(instant: string): string {
  const [y, m, d] = vietnamDate(instant).split('-');
  return `${d}/${m}/${y}`;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The mail of one task event to one person, in Vietnamese: which task, which procedure (candidate,
 * post, unit — names, not codes), when it is due, and the link to the task in the panel.
 */
export function composeTaskMail(
  type: MailedEventType,
  facts: TaskMailFacts,
  recipientName: string,
  panelUrl: string,
): TaskMail {
  const opening = OPENING[type];
  const kind = KIND_NAMES[facts.procedureKind] ?? facts.procedureKind;
  const link = `${panelUrl}${taskLink(facts)}`;
  const due = facts.dueAt ? vietnameseDate(facts.dueAt) : null;
  const rows: [string, string][] = [
    ['Nhiệm vụ', facts.taskLabel],
    ['Quy trình', kind],
    ...(facts.candidateNames.length > 0
      ? [['Cán bộ', facts.candidateNames.join(', ')] as [string, string]]
      : []),
    ...(facts.postTitle ? [['Chức vụ', facts.postTitle] as [string, string]] : []),
    ['Đơn vị', facts.unitName],
    ['Hạn xử lý', due ?? 'không có hạn'],
  ];
  const subject = `[${opening.subject}] ${facts.taskLabel} — ${facts.candidateNames[0] ?? kind}${due ? ` (hạn ${due})` : ''}`;
  const text = [
    `Kính gửi đồng chí ${recipientName},`,
    '',
    opening.line,
    '',
    ...rows.map(([k, v]) => `${k}: ${v}`),
    '',
    `Mở nhiệm vụ: ${link}`,
    '',
    'Thư này do Hệ thống quản lý cán bộ gửi tự động; đồng chí có thể tắt thông báo qua thư trong mục "Thông báo" của hệ thống.',
  ].join('\n');
  const html = [
    '<!doctype html><html lang="vi"><body>',
    `<p>Kính gửi đồng chí ${escapeHtml(recipientName)},</p>`,
    `<p>${escapeHtml(opening.line)}</p>`,
    '<table>',
    ...rows.map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`),
    '</table>',
    `<p><a href="${escapeHtml(link)}">Mở nhiệm vụ</a></p>`,
    '<p><small>Thư này do Hệ thống quản lý cán bộ gửi tự động; đồng chí có thể tắt thông báo qua thư trong mục «Thông báo» của hệ thống.</small></p>',
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
