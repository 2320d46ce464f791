import { citedBases, confidenceBases, planningBases } from './legal-basis-titles';
import type { FactReader } from './fact-reader';
import { num, records, str, strings } from './fact-reader';
import { headerOf, organisationOffice } from './issuing-body';
import type { DocumentBlock, OfficialDocument } from './official-document';
import { procedureIssuer } from './procedure-issuer';
import { dayOf, shortDate } from './vietnamese-dates';

/**
 * The submission (tờ trình) the organisation office puts to the committee at the start: what is
 * proposed, for whom, under which basis — all from the `proposed` step. The journal records no
 * number for it, so its number stays open for the office to fill in.
 */
export function submission(r: FactReader, draft: boolean): OfficialDocument {
  const committee = procedureIssuer(r);
  const office = organisationOffice(committee);
  const step = r.first('proposed');
  const p = step?.payload ?? {};
  const addressee =
    committee.format === 'party'
      ? `Ban Thường vụ Huyện ủy ${committee.place}`
      : `Chủ tịch Ủy ban nhân dân huyện ${committee.place}`;
  const { subject, blocks, bases } = content(r, p);
  return {
    kind: 'submission',
    draft,
    format: office.format,
    header: headerOf(office, 'TTr', null, step ? dayOf(step.occurredAt) : null),
    title: 'TỜ TRÌNH',
    subject,
    authority: null,
    bases,
    blocks: [{ kind: 'paragraph', text: `Kính gửi: ${addressee}.`, center: true }, ...blocks],
    recipients: ['Như trên;', 'Lưu: hồ sơ thủ tục.'],
    signatures: [{ lines: ['NGƯỜI TRÌNH'], name: step ? r.name(step.actor) : null }],
    documentTitle: `Tờ trình — ${subject}`,
  };
}

function content(
  r: FactReader,
  p: Record<string, unknown>,
): { subject: string; blocks: DocumentBlock[]; bases: string[] } {
  const documents = records(p.documents).length;
  const dossier: DocumentBlock[] =
    documents > 0 ? [{ kind: 'paragraph', text: `Hồ sơ kèm theo: ${documents} văn bản.` }] : [];
  switch (r.facts.procedureKind) {
    case 'rotation': {
      const cadre = str(p.cadreId);
      return {
        subject: 'Về việc đề nghị luân chuyển cán bộ',
        bases: citedBases(r.facts.legalBasis),
        blocks: [
          {
            kind: 'paragraph',
            text:
              `Cơ quan Tổ chức - Nội vụ kính trình xem xét, quyết định luân chuyển ${r.honorific(cadre)} ` +
              `${r.name(cadre)}, ${r.postTitle(str(p.fromPostId))}, đến nhận công tác tại ` +
              `${r.unitName(str(p.toUnitCode))}, giữ chức vụ ${r.postTitle(str(p.toPostId))}, ` +
              `thời hạn ${num(p.months) ?? '…'} tháng.`,
          },
          { kind: 'paragraph', text: `Lý do: ${str(p.reason) ?? '…'}.` },
          ...dossier,
        ],
      };
    }
    case 'plan':
      return {
        subject: `Về việc đề nghị phê duyệt quy hoạch cán bộ nhiệm kỳ ${termOf(r)}`,
        bases: planningBases(r.facts.legalBasis),
        blocks: [
          {
            kind: 'paragraph',
            text:
              `Cơ quan Tổ chức - Nội vụ kính trình xem xét việc xây dựng quy hoạch cán bộ của ` +
              `${r.facts.unit.name} và các đơn vị trực thuộc, nhiệm kỳ ${termOf(r)}, theo quy trình quy định.`,
          },
        ],
      };
    case 'confidence_vote': {
      const holders = records(p.holders);
      return {
        subject: `Về việc lấy phiếu tín nhiệm năm ${num(p.year) ?? '…'}`,
        bases: confidenceBases(),
        blocks: [
          {
            kind: 'paragraph',
            text: `Cơ quan Tổ chức - Nội vụ kính trình tổ chức lấy phiếu tín nhiệm đối với ${holders.length} người giữ chức vụ của ${r.facts.unit.name}:`,
          },
          {
            kind: 'table',
            widths: [1, 5, 7],
            header: ['STT', 'Họ và tên', 'Chức vụ'],
            rows: holders.map((h, i) => [
              String(i + 1),
              r.name(str(h.cadreId)),
              r.postTitle(str(h.postCode) ?? str(h.postId)),
            ]),
          },
        ],
      };
    }
    default: {
      const candidates = strings(p.candidateIds);
      const source = str(p.source) === 'outside' ? 'nguồn nhân sự từ nơi khác' : 'nguồn nhân sự tại chỗ';
      return {
        subject: 'Về việc đề nghị bổ nhiệm cán bộ',
        bases: citedBases(r.facts.legalBasis),
        blocks: [
          {
            kind: 'paragraph',
            text: `Cơ quan Tổ chức - Nội vụ kính trình xem xét chủ trương bổ nhiệm chức vụ ${r.postTitle(str(p.postId))} (${source}), nhân sự đề nghị như sau:`,
          },
          {
            kind: 'table',
            widths: [1, 5, 3, 7],
            header: ['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ hiện tại'],
            rows: candidates.map((code, i) => {
              const cadre = r.facts.cadres.find((c) => c.code === code);
              return [
                String(i + 1),
                r.name(code),
                cadre ? shortDate(cadre.birthDate) : '…',
                cadre?.currentPost ?? '…',
              ];
            }),
          },
          ...dossier,
        ],
      };
    }
  }
}

/** The plan's term from its id (`plan/<unit>/<term>`). */
export function termOf(r: FactReader): string {
  return r.facts.workflowId.split('/')[2] ?? '…';
}
