import type { JournalStep } from '@personnel/contracts';
import type { FactReader } from './fact-reader';
import { num, record, str, strings } from './fact-reader';
import { headerOf, signatureOf } from './issuing-body';
import { citedBases } from './legal-basis-titles';
import type { DocumentBlock, OfficialDocument } from './official-document';
import { procedureIssuer } from './procedure-issuer';
import { collectiveBasis } from './conference-papers';
import { dayOf, shortDate } from './vietnamese-dates';

/** The four decisions a procedure ends in. */
export type DecisionKind = 'appointment' | 'reappointment' | 'rotation' | 'rotation_end';

const SUBJECTS: Record<DecisionKind, string> = {
  appointment: 'Về việc bổ nhiệm cán bộ',
  reappointment: 'Về việc bổ nhiệm lại cán bộ',
  rotation: 'Về việc luân chuyển cán bộ',
  rotation_end: 'Về việc kết thúc thời gian luân chuyển cán bộ',
};

/**
 * A decision (quyết định) from its recorded step: the number, signer and effective date as signed, the
 * legal basis the procedure pinned, and the collective steps it rests on. Without the step (a draft) the
 * number, date and signer stay open and the person is the one the procedure has reached so far.
 */
export function decision(r: FactReader, kind: DecisionKind, step: JournalStep | undefined): OfficialDocument {
  const issuer = procedureIssuer(r);
  const d = step?.payload ?? {};
  const signed = kind === 'rotation_end' ? record(d.decision) : d;
  const number = str(signed.number);
  const effective = str(signed.effectiveDate);
  const signer = str(signed.signerId);
  const proposed = r.first('proposed');
  const articles = articlesOf(r, kind, d, effective);
  const subject = SUBJECTS[kind];
  return {
    kind: 'decision',
    draft: step === undefined,
    format: issuer.format,
    header: headerOf(
      issuer,
      'QĐ',
      number,
      str(signed.signedAt) ? dayOf(str(signed.signedAt) as string) : null,
    ),
    title: 'QUYẾT ĐỊNH',
    subject,
    authority: issuer.authority,
    bases: [
      ...citedBases(r.facts.legalBasis),
      ...collectiveBasis(r),
      ...(proposed
        ? [
            `Xét đề nghị của Cơ quan Tổ chức - Nội vụ tại Tờ trình ngày ${shortDate(dayOf(proposed.occurredAt))},`,
          ]
        : []),
    ],
    blocks: [{ kind: 'heading', text: 'QUYẾT ĐỊNH:' }, ...articles],
    recipients: ['Như Điều 3;', 'Lưu: VT, hồ sơ cán bộ.'],
    signatures: [signatureOf(issuer, signer ? r.name(signer) : null)],
    documentTitle: `Quyết định — ${subject}`,
  };
}

function articlesOf(
  r: FactReader,
  kind: DecisionKind,
  d: Record<string, unknown>,
  effective: string | null,
): DocumentBlock[] {
  const p = r.first('proposed')?.payload ?? {};
  const from = effective ? `kể từ ngày ${shortDate(effective)}` : 'kể từ ngày … tháng … năm …';
  const article = (n: number, text: string): DocumentBlock => ({
    kind: 'paragraph',
    text: `Điều ${n}. ${text}`,
  });
  const person = (code: string | null): string => `${r.honorific(code)} ${r.name(code)}`;
  const birth = (code: string | null): string => {
    const cadre = r.facts.cadres.find((c) => c.code === code);
    return cadre ? `, sinh ngày ${shortDate(cadre.birthDate)}` : '';
  };
  let first: string;
  let subjectCode: string | null;
  let unitCode: string | null = null;
  switch (kind) {
    case 'appointment':
    case 'reappointment': {
      subjectCode =
        str(d.appointee) ??
        str(r.last('sign_off_opened')?.payload.appointee) ??
        (strings(p.candidateIds).length === 1 ? strings(p.candidateIds)[0] : null);
      const postCode = str(p.postId);
      unitCode = postCode ? (r.facts.posts[postCode]?.unitCode ?? null) : null;
      const lastDay = str(d.termLastDay);
      const verb = kind === 'appointment' ? 'Bổ nhiệm' : 'Bổ nhiệm lại';
      first =
        `${verb} ${person(subjectCode)}${birth(subjectCode)} giữ chức vụ ${r.postTitle(postCode)}, ${from}` +
        (lastDay ? `; thời hạn giữ chức vụ đến hết ngày ${shortDate(lastDay)}.` : '.') +
        (kind === 'reappointment' && num(d.term) ? ` Nhiệm kỳ thứ ${num(d.term)}.` : '');
      break;
    }
    case 'rotation': {
      subjectCode = str(p.cadreId);
      unitCode = str(p.toUnitCode);
      const lastDay = str(d.lastDay);
      first =
        `Luân chuyển ${person(subjectCode)}${birth(subjectCode)}, ${r.postTitle(str(p.fromPostId))}, đến nhận công tác tại ` +
        `${r.unitName(str(p.toUnitCode))}, giữ chức vụ ${r.postTitle(str(p.toPostId))}, thời hạn ${num(p.months) ?? '…'} tháng ${from}` +
        (lastDay ? `, đến hết ngày ${shortDate(lastDay)}.` : '.');
      break;
    }
    case 'rotation_end': {
      subjectCode = str(p.cadreId);
      const postCode = str(d.postId);
      unitCode = postCode ? (r.facts.posts[postCode]?.unitCode ?? null) : null;
      const choice = str(d.choice);
      const then =
        choice === 'keep'
          ? `tiếp tục giữ chức vụ ${r.postTitle(postCode)}`
          : choice === 'return'
            ? `trở về công tác, giữ chức vụ ${r.postTitle(postCode)}`
            : `được bố trí giữ chức vụ ${r.postTitle(postCode)}`;
      first =
        `Kết thúc thời gian luân chuyển của ${person(subjectCode)}${birth(subjectCode)} tại ${r.postTitle(str(p.toPostId))}, ${from}; ` +
        `${then}.` +
        (d.early === true && str(d.reason) ? ` Kết thúc trước thời hạn, lý do: ${str(d.reason)}.` : '');
      break;
    }
  }
  return [
    article(1, first),
    article(2, `Quyết định này có hiệu lực ${from}.`),
    article(
      3,
      `Cơ quan Tổ chức - Nội vụ, Thủ trưởng đơn vị ${unitCode ? r.unitName(unitCode) : 'có liên quan'} và ${person(subjectCode)} chịu trách nhiệm thi hành Quyết định này.`,
    ),
  ];
}
