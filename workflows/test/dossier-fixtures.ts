import { Context } from '@temporalio/activity';
import type { DocumentKind, DocumentRef } from '@personnel/contracts';
import { addMonths, vietnamDate } from '@personnel/domain';

let counter = 0;

/** One dated dossier document of a cadre, as the store lists it. */
export function dossierDocument(
  cadreId: string,
  kind: DocumentKind,
  issuedOn: string,
  periodYear?: number,
): DocumentRef {
  counter++;
  return {
    id: `00000000-0000-4000-9000-${String(counter).padStart(12, '0')}`,
    kind,
    fileName: `${kind}-${cadreId}.pdf`,
    contentType: 'application/pdf',
    sizeBytes: 100,
    sha256: 'b'.repeat(64),
    cadreId,
    issuedOn,
    ...(periodYear !== undefined ? { periodYear } : {}),
  };
}

/**
 * A dossier complete on `asOf` under any basis and kind: issued a month before, the assessments of the
 * three years before, so nothing expires for five months (healthIssuedOn moves the certificate).
 */
export function completeDossier(
  cadreId: string,
  asOf = vietnamDate(new Date().toISOString()),
  healthIssuedOn = addMonths(asOf, -1),
): DocumentRef[] {
  const year = Number(asOf.slice(0, 4));
  const issued = addMonths(asOf, -1);
  return [
    dossierDocument(cadreId, 'cv', issued),
    dossierDocument(cadreId, 'declaration', issued),
    dossierDocument(cadreId, 'health_certificate', healthIssuedOn),
    dossierDocument(cadreId, 'party_cell_comment', issued),
    ...[1, 2, 3].map((back) => dossierDocument(cadreId, 'assessment', issued, year - back)),
  ];
}

/** Cadre codes with this prefix have no dossier documents at all (the recorded gated histories). */
export const NO_DOSSIER_PREFIX = 'CB-NO-DOSSIER-';

/**
 * The store's dossiers by cadre for the in-memory activities: a cadre not listed has a complete one,
 * except one whose code starts with NO_DOSSIER_PREFIX, who has none.
 */
export class InMemoryDossiers {
  readonly byCadre = new Map<string, DocumentRef[]>();

  load(cadreIds: string[]): Promise<DocumentRef[]> {
    // Complete on the server's day (a time-skipping server runs years ahead of the wall clock).
    const asOf = vietnamDate(
      new Date(Context.current().info.currentAttemptScheduledTimestampMs).toISOString(),
    );
    return Promise.resolve(
      cadreIds.flatMap(
        (id) => this.byCadre.get(id) ?? (id.startsWith(NO_DOSSIER_PREFIX) ? [] : completeDossier(id, asOf)),
      ),
    );
  }
}
