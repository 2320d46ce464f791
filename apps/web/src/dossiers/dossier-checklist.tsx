import type { DossierChecklist, DossierItemCheck, ProcedureDossier } from '../api/dossier-types';
import { formatDate, formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n';

/** An item's name in the user's language (an assessment with its year). */
export function useItemName(): (item: DossierItemCheck) => string {
  const { t } = useI18n();
  return (item) =>
    item.code === 'assessment' ? t.dossier.items.assessment(item.year ?? 0) : t.dossier.items[item.code];
}

/**
 * The dossier the procedure checked before its first conference: for each subject, every item with what
 * is there, what is missing or expired, the issue day and until when it is valid (dd/mm/yyyy).
 */
export function DossierChecklistView({
  dossier,
  names,
}: {
  dossier: ProcedureDossier;
  names: Record<string, string | null>;
}) {
  const { t } = useI18n();
  return (
    <div data-testid="dossier-checklist">
      <p className={dossier.complete ? 'notice notice-success' : 'notice notice-warning'}>
        {dossier.complete
          ? dossier.completedOn
            ? t.dossier.completeOn(formatDate(dossier.completedOn))
            : t.dossier.complete
          : t.dossier.incomplete}
      </p>
      {dossier.exception && (
        <p className="notice">
          {t.dossier.exception(
            dossier.exception.grantedBy,
            formatDateTime(dossier.exception.at),
            dossier.exception.reason,
          )}
        </p>
      )}
      {dossier.checklists.map((c) => (
        <ChecklistTable key={c.cadreId} checklist={c} name={names[c.cadreId] ?? c.cadreId} />
      ))}
    </div>
  );
}

function ChecklistTable({ checklist, name }: { checklist: DossierChecklist; name: string }) {
  const { t } = useI18n();
  const itemName = useItemName();
  return (
    <table className="table responsive">
      <caption>{t.dossier.of(name)}</caption>
      <thead>
        <tr>
          <th scope="col">{t.dossier.item}</th>
          <th scope="col">{t.dossier.state}</th>
          <th scope="col">{t.dossier.issuedOn}</th>
          <th scope="col">{t.dossier.validUntil}</th>
        </tr>
      </thead>
      <tbody>
        {checklist.items.map((item) => (
          <tr key={item.key} className={item.state === 'present' ? undefined : 'row-warning'}>
            <th scope="row" data-label={t.dossier.item}>
              {itemName(item)}
            </th>
            <td data-label={t.dossier.state}>{t.dossier.states[item.state]}</td>
            <td data-label={t.dossier.issuedOn}>{formatDate(item.issuedOn)}</td>
            <td data-label={t.dossier.validUntil}>
              {item.documentId === null
                ? ''
                : item.validUntil
                  ? formatDate(item.validUntil)
                  : t.dossier.noExpiry}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
