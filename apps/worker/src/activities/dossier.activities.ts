import type { DocumentRef, DossierActivities } from '@personnel/contracts';
import type { DocumentStore } from '@personnel/persistence';

/**
 * The dossier gate's activity: the subjects' dated dossier documents in the store, as references (the
 * workflow keeps only references and judges them with libs/domain `dossier`).
 */
export function createDossierActivities(documents: DocumentStore): DossierActivities {
  return {
    async loadDossier(input: { cadreIds: string[] }): Promise<DocumentRef[]> {
      return (await documents.ofCadres(input.cadreIds)).map(
        ({ uploadedBy: _by, uploadedAt: _at, store: _store, ...ref }) => ref,
      );
    },
  };
}
