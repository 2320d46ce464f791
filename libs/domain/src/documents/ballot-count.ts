import { basesOf } from './conference-minutes';
import { conferenceBody, conferenceRecord, percent } from './conference-papers';
import type { FactReader } from './fact-reader';
import { headerOf } from './issuing-body';
import type { DocumentBlock, OfficialDocument } from './official-document';
import { procedureIssuer } from './procedure-issuer';
import { capitalised, CONFIDENCE_OUTCOMES, stepName } from './vietnamese-terms';
import { dayOf } from './vietnamese-dates';

/**
 * The ballot-count record (biên bản kiểm phiếu) of one conference: ballots cast, each candidate's
 * count and its share of those summoned (NĐ 138: more than half of the members), or the three
 * confidence levels of each holder (QĐ 96), and the SHA-256 that seals the signed tally sheet. A secret
 * ballot: the record holds counts only, never who voted what.
 */
export function ballotCount(r: FactReader, index: number, draft: boolean): OfficialDocument {
  const issuer = procedureIssuer(r);
  const c = conferenceRecord(r, index);
  const name = stepName(c.step);
  const summoned = c.summoned.length;
  const table: DocumentBlock =
    c.ballot === 'confidence'
      ? {
          kind: 'table',
          widths: [1, 5, 2, 2, 2, 5],
          header: ['STT', 'Họ và tên', 'Tín nhiệm cao', 'Tín nhiệm', 'Tín nhiệm thấp', 'Kết quả'],
          rows: c.confidence.map((t, i) => [
            String(i + 1),
            r.name(t.candidateId),
            String(t.high),
            String(t.confidence),
            `${t.low} (${percent(t.low, c.ballotsCast ?? 0)})`,
            CONFIDENCE_OUTCOMES[t.outcome] ?? t.outcome,
          ]),
        }
      : {
          kind: 'table',
          widths: [1, 6, 3, 3],
          header: ['STT', 'Họ và tên', 'Số phiếu đồng ý', 'Tỷ lệ / số triệu tập'],
          rows: c.votes.map((v, i) => [
            String(i + 1),
            r.name(v.candidateId),
            String(v.votes),
            percent(v.votes, summoned),
          ]),
        };
  return {
    kind: 'ballot_count',
    draft,
    format: issuer.format,
    header: headerOf(issuer, 'BB', null, c.talliedAt ? dayOf(c.talliedAt) : null),
    title: 'BIÊN BẢN KIỂM PHIẾU',
    subject: capitalised(name),
    authority: null,
    bases: basesOf(r),
    blocks: [
      {
        kind: 'paragraph',
        text: `Ban kiểm phiếu của ${conferenceBody(issuer)} tiến hành kiểm phiếu ${name}.`,
      },
      {
        kind: 'paragraph',
        text: `Số người được triệu tập: ${summoned}; có mặt: ${c.attending ?? '…'}; số phiếu phát ra và thu về: ${c.ballotsCast ?? '…'}.`,
      },
      { kind: 'heading', text: 'KẾT QUẢ KIỂM PHIẾU' },
      table,
      {
        kind: 'paragraph',
        text: `Phiếu tổng hợp kết quả kiểm phiếu đã ký được niêm phong; mã SHA-256: ${c.sheetSha256 ?? '…'}.`,
      },
      {
        kind: 'paragraph',
        text: 'Bỏ phiếu kín: biên bản chỉ ghi số phiếu, không ghi người bỏ phiếu.',
        italic: true,
      },
    ],
    recipients: [],
    signatures: [
      { lines: ['TRƯỞNG BAN KIỂM PHIẾU'], name: c.talliedBy ? r.name(c.talliedBy) : null },
      { lines: ['CHỦ TRÌ'], name: null },
    ],
    documentTitle: `Biên bản kiểm phiếu ${name}`,
  };
}
