import type { CadreView, Page } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { SearchPicker } from '../ui/search-picker';
import { cadreDistinction } from '../ui/cadre-distinction';

/** Finds a cadre by name (with or without diacritics) or code and chooses one, showing the post held now. */
export function CadrePicker({
  value,
  onChange,
  search,
  invalid,
  describedBy,
}: {
  value: CadreView | null;
  onChange(cadre: CadreView | null): void;
  search(query: { q?: string; limit: number; offset: number }): Promise<Page<CadreView>>;
  invalid?: boolean;
  describedBy?: string;
}) {
  const { t } = useI18n();
  const r = t.rotation.start;
  return (
    <SearchPicker
      value={value}
      onChange={onChange}
      find={async (q) => (await search({ q, limit: 8, offset: 0 })).items}
      name={(c) => c.fullName}
      code={(c) => c.code}
      detail={(c) => cadreDistinction(c, t, r.noCurrentPost)}
      texts={{ find: r.findCadre, change: r.changeCadre, none: r.noCadreFound, choose: r.chooseCadre }}
      testId="chosen-cadre"
      invalid={invalid}
      describedBy={describedBy}
    />
  );
}
