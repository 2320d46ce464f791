import { citedBases, confidenceBases, planningBases } from './legal-basis-titles';
import { conferenceBody, conferenceRecord } from './conference-papers';
import type { FactReader } from './fact-reader';
import { headerOf } from './issuing-body';
import type { DocumentBlock, OfficialDocument } from './official-document';
import { procedureIssuer } from './procedure-issuer';
import { capitalised, OUTCOMES, stepName } from './vietnamese-terms';
import { dayOf, shortDate } from './vietnamese-dates';

/** Hours and minutes in Vietnam (UTC+7) of an instant: "14 giờ 05 phút". */
export function clockTime(instant: string): string {
  const local = new Date(Date.parse(instant) + 7 * 3_600_000);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${hh} giờ ${mm} phút`;
}

/**
 * The minutes of one conference (biên bản hội nghị): when it met, who was summoned and who was present,
 * whether the quorum held, the candidates before it and what it concluded. The ballot's counts are in
 * the separate ballot-count record.
 */
export function conferenceMinutes(r: FactReader, index: number, draft: boolean): OfficialDocument {
  const issuer = procedureIssuer(r);
  const c = conferenceRecord(r, index);
  const name = stepName(c.step);
  const present = new Set(c.present ?? []);
  const blocks: DocumentBlock[] = [
    {
      kind: 'paragraph',
      text: c.convenedAt
        ? `Hồi ${clockTime(c.convenedAt)} ngày ${shortDate(dayOf(c.convenedAt))}, ${conferenceBody(issuer)} tiến hành ${name}.`
        : `Hội nghị: ${name}.`,
    },
    { kind: 'heading', text: 'I. THÀNH PHẦN' },
    {
      kind: 'paragraph',
      text:
        c.attending === null
          ? `Số người được triệu tập: ${c.summoned.length}. Chưa ghi nhận điểm danh.`
          : `Số người được triệu tập: ${c.summoned.length}; có mặt: ${c.attending}; vắng mặt: ${c.summoned.length - c.attending}.`,
    },
    {
      kind: 'table',
      widths: [1, 7, 3],
      header: ['STT', 'Họ và tên', 'Có mặt'],
      rows: c.summoned.map((id, i) => [
        String(i + 1),
        r.name(id),
        c.present === null ? '…' : present.has(id) ? 'Có mặt' : 'Vắng',
      ]),
    },
    {
      kind: 'paragraph',
      text:
        c.quorumMet === null
          ? 'Số lượng thành viên tham dự: chưa xác định.'
          : c.quorumMet
            ? 'Số thành viên có mặt bảo đảm từ 2/3 tổng số được triệu tập trở lên: hội nghị đủ điều kiện tiến hành.'
            : 'Số thành viên có mặt dưới 2/3 tổng số được triệu tập: hội nghị không đủ điều kiện tiến hành.',
    },
    { kind: 'heading', text: 'II. NỘI DUNG' },
    {
      kind: 'paragraph',
      text: `Nhân sự được đưa ra hội nghị: ${c.candidates.map((id) => r.name(id)).join('; ') || '…'}.`,
    },
    {
      kind: 'paragraph',
      text:
        c.ballotsCast === null
          ? 'Hội nghị bỏ phiếu kín; chưa có kết quả kiểm phiếu.'
          : `Hội nghị bỏ phiếu kín; số phiếu phát ra và thu về: ${c.ballotsCast}. Kết quả chi tiết tại biên bản kiểm phiếu.`,
    },
    ...c.headDecisions.map((d): DocumentBlock => ({
      kind: 'paragraph',
      text: `Người chủ trì quyết định đối với trường hợp đạt đúng 50%: ${r.name(d.candidateId)} — ${d.approve ? 'đồng ý giới thiệu tiếp' : 'không giới thiệu tiếp'}.`,
    })),
    { kind: 'heading', text: 'III. KẾT LUẬN' },
    {
      kind: 'paragraph',
      text: c.outcome
        ? `${capitalised(name)}: ${OUTCOMES[c.outcome] ?? c.outcome}.${c.forward.length > 0 ? ` Nhân sự được giới thiệu tiếp: ${c.forward.map((id) => r.name(id)).join('; ')}.` : ''}`
        : 'Hội nghị chưa kết luận.',
    },
    {
      kind: 'paragraph',
      text: c.closedAt
        ? `Hội nghị kết thúc hồi ${clockTime(c.closedAt)} ngày ${shortDate(dayOf(c.closedAt))}.`
        : 'Hội nghị chưa kết thúc.',
    },
  ];
  return {
    kind: 'conference_minutes',
    draft,
    format: issuer.format,
    header: headerOf(issuer, 'BB', null, c.convenedAt ? dayOf(c.convenedAt) : null),
    title: 'BIÊN BẢN',
    subject: capitalised(name),
    authority: null,
    bases: basesOf(r),
    blocks,
    recipients: [],
    signatures: [
      { lines: ['THƯ KÝ'], name: c.secretary ? r.name(c.secretary) : null },
      { lines: ['CHỦ TRÌ'], name: null },
    ],
    documentTitle: `Biên bản ${name}`,
  };
}

export function basesOf(r: FactReader): string[] {
  if (r.facts.procedureKind === 'plan') return planningBases(r.facts.legalBasis);
  if (r.facts.procedureKind === 'confidence_vote') return confidenceBases();
  return citedBases(r.facts.legalBasis);
}
