import type { UnitView } from '../api/rotation-types';
import type { Page } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { SearchPicker } from '../ui/search-picker';

/** Finds a unit by name (with or without diacritics) or code and chooses one; the name is what is shown. */
export function UnitPicker({
  value,
  onChange,
  search,
  invalid,
  describedBy,
}: {
  value: UnitView | null;
  onChange(unit: UnitView | null): void;
  search(query: { q?: string; limit: number; active?: boolean }): Promise<Page<UnitView>>;
  invalid?: boolean;
  describedBy?: string;
}) {
  const { t } = useI18n();
  const s = t.plan.start;
  return (
    <SearchPicker
      value={value}
      onChange={onChange}
      find={async (q) => (await search({ q, limit: 10, active: true })).items}
      name={(u) => u.name}
      code={(u) => u.code}
      texts={{ find: s.findUnit, change: s.changeUnit, none: s.noUnitFound, choose: s.chooseUnit }}
      testId="chosen-unit"
      invalid={invalid}
      describedBy={describedBy}
    />
  );
}
