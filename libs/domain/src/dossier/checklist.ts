import type {
  DocumentKind,
  DocumentRef,
  DossierChecklist,
  DossierItemCheck,
  DossierItemCode,
  LegalBasis,
} from '@personnel/contracts';
import { addMonths } from '../calendar/months';
import { compareIsoDates, isIsoDate, parseIsoDate } from '../calendar/iso-date';
import { CITE } from '../legal-basis/citations';
import { ruleParameters } from '../legal-basis';

/** Procedure kinds whose legal basis asks for a dossier before the first conference. */
export type DossierProcedureKind = 'appointment' | 'rotation';

/** The document kind that fills each checklist item. */
export const DOSSIER_ITEM_DOCUMENT_KIND: Readonly<Record<DossierItemCode, DocumentKind>> = {
  cv: 'cv',
  asset_declaration: 'declaration',
  health_certificate: 'health_certificate',
  assessment: 'assessment',
  party_cell_comment: 'party_cell_comment',
};

export interface DossierCheckInput {
  procedureKind: DossierProcedureKind;
  legalBasis: LegalBasis;
  cadreId: string;
  /** The procedure's documents; only this cadre's count. */
  documents: readonly DocumentRef[];
  /** The day the dossier is judged (ISO date, Vietnam). */
  asOf: string;
}

interface Requirement {
  key: string;
  code: DossierItemCode;
  year?: number;
  citation: string;
  /** The documents that may fill it, and until when one issued on a day stays valid. */
  fits: (d: DocumentRef) => boolean;
  validUntil: (d: DocumentRef) => string | null;
}

/**
 * The checklist of one cadre's dossier on a day, under the procedure kind's items of the legal basis.
 * An item is present when a document of its kind, issued on or before the day, is still valid on it
 * (the newest such document is named); expired when only documents no longer valid are there; missing
 * otherwise. Validity: a health certificate for `healthCertificateMaxAgeMonths` from its issue day
 * (inclusive); the assessment of year Y counts while Y is among the `dossierAssessmentYears` full years
 * before the day, so until 31 December of Y + that many years; the other items do not expire (the
 * sources give them no age). A document issued after the day is not yet there.
 */
export function checkDossier(input: DossierCheckInput): DossierChecklist {
  const items = requirements(input).map((r) => judge(r, input));
  const missing = items.filter((i) => i.state !== 'present').map((i) => i.key);
  const ends = items.flatMap((i) => (i.state === 'present' && i.validUntil ? [i.validUntil] : []));
  return {
    cadreId: input.cadreId,
    asOf: input.asOf,
    complete: missing.length === 0,
    items,
    missing,
    validUntil: ends.length === 0 ? null : ends.reduce((a, b) => (compareIsoDates(a, b) <= 0 ? a : b)),
  };
}

function requirements(input: DossierCheckInput): Requirement[] {
  const p = ruleParameters(input.legalBasis);
  const ofKind = (code: DossierItemCode) => (d: DocumentRef) => d.kind === DOSSIER_ITEM_DOCUMENT_KIND[code];
  const out: Requirement[] = [];
  for (const code of p.dossierItems.value[input.procedureKind]) {
    if (code === 'assessment') {
      const years = p.dossierAssessmentYears.value;
      const asOfYear = parseIsoDate(input.asOf).year;
      for (let year = asOfYear - 1; year >= asOfYear - years; year--)
        out.push({
          key: `assessment-${year}`,
          code,
          year,
          citation: p.dossierAssessmentYears.citation,
          fits: (d) => ofKind(code)(d) && d.periodYear === year,
          validUntil: () => `${year + years}-12-31`,
        });
    } else if (code === 'health_certificate') {
      const months = p.healthCertificateMaxAgeMonths.value;
      out.push({
        key: code,
        code,
        citation: p.healthCertificateMaxAgeMonths.citation,
        fits: ofKind(code),
        validUntil: (d) => addMonths(d.issuedOn as string, months),
      });
    } else
      out.push({
        key: code,
        code,
        citation:
          code === 'asset_declaration'
            ? `${p.dossierItems.citation}; ${CITE.PCTN2018_ART36}`
            : p.dossierItems.citation,
        fits: ofKind(code),
        validUntil: () => null,
      });
  }
  return out;
}

function judge(r: Requirement, input: DossierCheckInput): DossierItemCheck {
  const issued = input.documents
    .filter((d) => d.cadreId === input.cadreId && isIsoDate(d.issuedOn) && r.fits(d))
    .filter((d) => compareIsoDates(d.issuedOn as string, input.asOf) <= 0)
    .map((d) => ({ d, validUntil: r.validUntil(d) }))
    // Newest first; the id breaks a tie so the answer never depends on the order documents came in.
    .sort(
      (a, b) => compareIsoDates(b.d.issuedOn as string, a.d.issuedOn as string) || (a.d.id < b.d.id ? -1 : 1),
    );
  const valid = issued.find((x) => x.validUntil === null || compareIsoDates(input.asOf, x.validUntil) <= 0);
  const shown = valid ?? issued[0];
  return {
    key: r.key,
    code: r.code,
    documentKind: DOSSIER_ITEM_DOCUMENT_KIND[r.code],
    ...(r.year !== undefined ? { year: r.year } : {}),
    state: valid ? 'present' : shown ? 'expired' : 'missing',
    documentId: shown?.d.id ?? null,
    issuedOn: shown?.d.issuedOn ?? null,
    validUntil: shown?.validUntil ?? null,
    citation: r.citation,
  };
}
