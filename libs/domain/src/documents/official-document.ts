import type { OfficialDocumentKind } from '@personnel/contracts';

/**
 * An official document (văn bản) as a structure, before any layout: what the renderer prints and what
 * a golden test reads back. Built only from recorded facts (journal steps and the registry), so the same
 * facts always give the same document.
 */
/**
 * Whose rules lay the document out: the state's (NĐ 30/2020/NĐ-CP, Phụ lục I) or the Party's
 * (HD 36-HD/VPTW 2018). The issuing body decides, not the procedure.
 */
export type DocumentFormat = 'state' | 'party';

export interface DocumentHeader {
  /** The national header (state) or the Party's name (party), printed top right. */
  nationalLines: string[];
  /** The body above the issuer (cơ quan chủ quản), printed top left above it; null when none. */
  parentBody: string | null;
  /** The issuing body (tên cơ quan ban hành), top left, bold. */
  body: string;
  /** "Số: 12/QĐ-UBND" (state) or "Số 12-NQ/HU" (party); a draft leaves the number open. */
  number: string;
  /** "Đầm Hà, ngày 02 tháng 12 năm 2026"; a draft leaves the day open. */
  placeAndDate: string;
}

export type DocumentBlock =
  | { kind: 'paragraph'; text: string; bold?: boolean; italic?: boolean; center?: boolean }
  | { kind: 'heading'; text: string }
  /** A table: column titles and rows of cells; widths are relative. */
  | { kind: 'table'; widths: number[]; header: string[]; rows: string[][] };

export interface SignatureBlock {
  /** "TM. ỦY BAN NHÂN DÂN", then the title "CHỦ TỊCH" (NĐ 30: the authority and the signer's title). */
  lines: string[];
  /** The signer's full name; null while the document is a draft or the signer is unknown. */
  name: string | null;
}

export interface OfficialDocument {
  kind: OfficialDocumentKind;
  /** A draft (dự thảo): the step it comes from is not recorded yet; never stored. */
  draft: boolean;
  format: DocumentFormat;
  header: DocumentHeader;
  /** The document's kind name, centred in capitals ("QUYẾT ĐỊNH"); the subject line below it. */
  title: string;
  subject: string | null;
  /** The authority that issues a decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐẦM HÀ"); null for others. */
  authority: string | null;
  /** The legal bases cited ("Căn cứ …;"), each on its own line. */
  bases: string[];
  blocks: DocumentBlock[];
  /** Nơi nhận (recipients), printed bottom left; empty for minutes and CVs. */
  recipients: string[];
  /** One signature (a decision) or several side by side (minutes: secretary and chair). */
  signatures: SignatureBlock[];
  /** The PDF's title (file metadata) and the list's title. */
  documentTitle: string;
}
