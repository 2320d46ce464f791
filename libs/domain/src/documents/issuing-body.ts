import type { DocumentFormat, DocumentHeader, SignatureBlock } from './official-document';
import { placeAndDate } from './vietnamese-dates';

/**
 * Who issues a paper, and so whose layout it takes: the People's Committee of the district for state
 * posts (NĐ 30/2020/NĐ-CP), the district Party committee for Party posts and for planning (HD 36-HD/VPTW).
 * A post is the Party's when its unit is a Party body (a "Huyện ủy" office) or its title is one of a
 * Party committee (Bí thư, Đảng ủy).
 */
export interface IssuingBody {
  format: DocumentFormat;
  /** cơ quan chủ quản line, or null. */
  parentBody: string | null;
  body: string;
  /** The body's abbreviation after the kind: UBND, HU, TCNV. */
  abbreviation: string;
  /** "Đầm Hà" (the district). */
  place: string;
  /** The body's authority as a decision names it ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐẦM HÀ"). */
  authority: string;
  /** The signature block's lines above the signer's name. */
  signatureLines: string[];
  /** The collective as a sentence names it: "Ủy ban nhân dân huyện Đầm Hà". */
  nameInText: string;
}

const STATE_LINES = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const PARTY_LINES = ['ĐẢNG CỘNG SẢN VIỆT NAM'];

const upper = (text: string): string => text.toLocaleUpperCase('vi-VN');

/** "Huyện Đầm Hà" → "Đầm Hà": the place name a date line and a body name use. */
export function placeName(unitName: string): string {
  return unitName.replace(/^(Huyện|Thị xã|Thành phố|Tỉnh|Xã|Phường|Thị trấn)\s+/u, '').trim();
}

export function isPartyPost(postTitle: string, unitName: string): boolean {
  return /Huyện ủy|Đảng ủy|Đảng bộ|Bí thư/iu.test(`${postTitle} ${unitName}`);
}

export function stateCommittee(district: string): IssuingBody {
  const place = placeName(district);
  return {
    format: 'state',
    parentBody: null,
    body: `ỦY BAN NHÂN DÂN HUYỆN ${upper(place)}`,
    abbreviation: 'UBND',
    place,
    authority: `CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ${upper(place)}`,
    signatureLines: ['CHỦ TỊCH'],
    nameInText: `Ủy ban nhân dân huyện ${place}`,
  };
}

export function partyCommittee(district: string, province: string | null): IssuingBody {
  const place = placeName(district);
  return {
    format: 'party',
    parentBody: province ? `ĐẢNG BỘ TỈNH ${upper(placeName(province))}` : null,
    body: `HUYỆN ỦY ${upper(place)}`,
    abbreviation: 'HU',
    place,
    authority: `BAN THƯỜNG VỤ HUYỆN ỦY ${upper(place)}`,
    signatureLines: ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'],
    nameInText: `Ban Thường vụ Huyện ủy ${place}`,
  };
}

/** The organisation office that drafts the submission, under the committee the paper goes to. */
export function organisationOffice(committee: IssuingBody): IssuingBody {
  return {
    format: committee.format,
    parentBody: committee.body,
    body: 'CƠ QUAN TỔ CHỨC - NỘI VỤ',
    abbreviation: 'TCNV',
    place: committee.place,
    authority: 'CƠ QUAN TỔ CHỨC - NỘI VỤ',
    signatureLines: ['TRƯỞNG CƠ QUAN'],
    nameInText: 'Cơ quan Tổ chức - Nội vụ',
  };
}

/**
 * "Số: 12/QĐ-UBND" (NĐ 30: number/kind-body) or "Số 12-QĐ/HU" (HD 36: number-kind/body). A recorded
 * number is printed as the signer entered it; a draft leaves the number open.
 */
export function numberLine(issuer: IssuingBody, kindSymbol: string, recorded: string | null): string {
  if (issuer.format === 'party') return `Số ${recorded ?? `…-${kindSymbol}/${issuer.abbreviation}`}`;
  return `Số: ${recorded ?? `…/${kindSymbol}-${issuer.abbreviation}`}`;
}

export function headerOf(
  issuer: IssuingBody,
  kindSymbol: string,
  recordedNumber: string | null,
  isoDate: string | null,
): DocumentHeader {
  return {
    nationalLines: issuer.format === 'party' ? PARTY_LINES : STATE_LINES,
    parentBody: issuer.parentBody,
    body: issuer.body,
    number: numberLine(issuer, kindSymbol, recordedNumber),
    placeAndDate: placeAndDate(issuer.place, isoDate),
  };
}

export function signatureOf(issuer: IssuingBody, name: string | null): SignatureBlock {
  return { lines: issuer.signatureLines, name };
}
