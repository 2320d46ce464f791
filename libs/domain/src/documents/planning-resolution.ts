import type { JournalStep } from '@personnel/contracts';
import type { FactReader } from './fact-reader';
import { records, str, strings } from './fact-reader';
import { headerOf, partyCommittee, signatureOf } from './issuing-body';
import { planningBases } from './legal-basis-titles';
import type { OfficialDocument } from './official-document';
import { collectiveBasis } from './conference-papers';
import { termOf } from './submission';
import { dayOf, shortDate } from './vietnamese-dates';

/**
 * The planning resolution (nghị quyết phê duyệt quy hoạch) of the standing committee, from the
 * `published` step: the people added to each post's pool and those taken out, with the number and
 * effective date the signer recorded. A draft lists the pool as it stands (added, not taken out).
 */
export function planningResolution(r: FactReader, step: JournalStep | undefined): OfficialDocument {
  const issuer = partyCommittee(r.facts.district, r.facts.province);
  const p = step?.payload ?? {};
  const number = str(p.number);
  const effective = str(p.effectiveDate);
  const added = step
    ? records(p.added).map((e) => ({ postCode: str(e.postCode), cadreId: str(e.cadreId) }))
    : poolSoFar(r);
  const removed = records(p.removed).map((e) => ({
    postCode: str(e.postCode),
    cadreId: str(e.cadreId),
    reason: str(e.reason),
  }));
  const term = termOf(r);
  const row = (e: { postCode: string | null; cadreId: string | null }, i: number) => [
    String(i + 1),
    r.name(e.cadreId),
    r.postTitle(e.postCode),
  ];
  return {
    kind: 'planning_resolution',
    draft: step === undefined,
    format: issuer.format,
    header: headerOf(issuer, 'NQ', number, step ? dayOf(step.occurredAt) : null),
    title: 'NGHỊ QUYẾT',
    subject: `Về việc phê duyệt quy hoạch cán bộ nhiệm kỳ ${term}`,
    authority: issuer.authority,
    bases: [...planningBases(r.facts.legalBasis), ...collectiveBasis(r)],
    blocks: [
      { kind: 'heading', text: 'QUYẾT NGHỊ:' },
      {
        kind: 'paragraph',
        text: `Điều 1. Phê duyệt quy hoạch cán bộ của ${r.facts.unit.name} và các đơn vị trực thuộc, nhiệm kỳ ${term}, ${effective ? `có hiệu lực kể từ ngày ${shortDate(effective)}` : 'có hiệu lực kể từ ngày … tháng … năm …'}, gồm ${added.length} lượt người:`,
      },
      {
        kind: 'table',
        widths: [1, 5, 8],
        header: ['STT', 'Họ và tên', 'Chức danh quy hoạch'],
        rows: added.map(row),
      },
      ...(removed.length > 0
        ? [
            { kind: 'paragraph' as const, text: `Đưa ra khỏi quy hoạch ${removed.length} lượt người:` },
            {
              kind: 'table' as const,
              widths: [1, 5, 5, 4],
              header: ['STT', 'Họ và tên', 'Chức danh quy hoạch', 'Lý do'],
              rows: removed.map((e, i) => [...row(e, i), e.reason ?? '…']),
            },
          ]
        : []),
      {
        kind: 'paragraph',
        text: 'Điều 2. Cơ quan Tổ chức - Nội vụ và các đơn vị có liên quan chịu trách nhiệm thi hành Nghị quyết này.',
      },
    ],
    recipients: ['Như Điều 2;', 'Lưu: VT, hồ sơ quy hoạch.'],
    signatures: [signatureOf(issuer, step ? r.name(step.actor) : null)],
    documentTitle: `Nghị quyết phê duyệt quy hoạch cán bộ nhiệm kỳ ${term}`,
  };
}

/** Entries added and not taken out, by the journal, oldest first. */
function poolSoFar(r: FactReader): { postCode: string | null; cadreId: string | null }[] {
  const pool = new Map<string, { postCode: string | null; cadreId: string | null }>();
  for (const s of r.steps) {
    const key = `${str(s.payload.postCode)}|${str(s.payload.cadreId)}`;
    if (s.kind === 'candidate_added')
      pool.set(key, { postCode: str(s.payload.postCode), cadreId: str(s.payload.cadreId) });
    if (s.kind === 'candidate_removed') {
      pool.delete(key);
      // A removal by the system (a failed vote) names the cadres, not one entry.
      for (const cadre of strings(s.payload.cadreIds))
        for (const [k, e] of pool) if (e.cadreId === cadre) pool.delete(k);
    }
  }
  return [...pool.values()];
}
