import type { ConferenceBody, UserDirectoryEntry } from '../api/appointment-types';
import { useI18n } from '../i18n/i18n';
import type { FieldProblems } from './field-problems';
import { UserListPicker, UserSelect } from './user-picker';

/**
 * One conference body of a start form (who is summoned, the secretary, the head); its fields' problems
 * are named `<name>.summonedIds`, `<name>.secretaryId`, `<name>.headId` as the API names them. `bare`:
 * inside a fieldset of its own (the standing-body picker), so no fieldset of its own.
 */
export function ConferenceBodyFields({
  name,
  legend,
  body,
  users,
  onChange,
  fields,
  bare = false,
}: {
  name: string;
  legend: string;
  body: ConferenceBody | undefined;
  users: readonly UserDirectoryEntry[];
  onChange(body: Partial<ConferenceBody>): void;
  fields: FieldProblems;
  bare?: boolean;
}) {
  const s = useI18n().t.proc.start;
  const { fid, errs, bad, described } = fields;
  const content = (
    <>
      <UserListPicker
        label={s.summoned}
        users={users}
        value={body?.summonedIds ?? []}
        onChange={(v) => onChange({ summonedIds: v })}
        invalid={bad(`${name}.summonedIds`)}
        describedBy={described(`${name}.summonedIds`)}
      />
      {errs(`${name}.summonedIds`)}
      <div className="field-row">
        <div className="field">
          <label htmlFor={fid(`${name}.secretaryId`)}>{s.secretary}</label>
          <UserSelect
            id={fid(`${name}.secretaryId`)}
            users={users}
            value={body?.secretaryId ?? ''}
            onChange={(v) => onChange({ secretaryId: v })}
            invalid={bad(`${name}.secretaryId`)}
            describedBy={described(`${name}.secretaryId`)}
          />
          {errs(`${name}.secretaryId`)}
        </div>
        <div className="field">
          <label htmlFor={fid(`${name}.headId`)}>{s.head}</label>
          <UserSelect
            id={fid(`${name}.headId`)}
            users={users}
            value={body?.headId ?? ''}
            onChange={(v) => onChange({ headId: v })}
            invalid={bad(`${name}.headId`)}
            describedBy={described(`${name}.headId`)}
          />
          {errs(`${name}.headId`)}
        </div>
      </div>
    </>
  );
  if (bare) return content;
  return (
    <fieldset className="body">
      <legend>{legend}</legend>
      {content}
    </fieldset>
  );
}
