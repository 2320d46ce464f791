import type { UserDirectoryEntry } from '../api/appointment-types';
import { ConferenceBodyFields } from '../appointments/conference-body-fields';
import type { FieldProblems } from '../appointments/field-problems';
import { SignOffFields } from '../appointments/sign-off-fields';
import { UserListPicker, UserSelect } from '../appointments/user-picker';
import { useI18n } from '../i18n/i18n';
import type { PartiesDraft } from './parties-logic';

/**
 * The parties of a rotation, with the appointment form's own sections: the collective, the sign-off chain,
 * the signer and the receiving unit's users.
 */
export function PartiesFields({
  parties,
  users,
  onChange,
  fields,
}: {
  parties: PartiesDraft;
  users: readonly UserDirectoryEntry[];
  onChange(next: Partial<PartiesDraft>): void;
  fields: FieldProblems;
}) {
  const r = useI18n().t.rotation.start;
  const { fid, errs, bad, described } = fields;
  return (
    <>
      <ConferenceBodyFields
        name="collective"
        legend={r.collective}
        body={parties.collective}
        users={users}
        onChange={(body) => onChange({ collective: { ...parties.collective, ...body } })}
        fields={fields}
      />
      <SignOffFields
        mode={parties.signOffMode}
        steps={parties.signOff}
        users={users}
        onChange={onChange}
        fields={fields}
      />
      <div className="field">
        <label htmlFor={fid('signerId')}>{r.signer}</label>
        <UserSelect
          id={fid('signerId')}
          users={users}
          value={parties.signerId}
          onChange={(v) => onChange({ signerId: v })}
          invalid={bad('signerId')}
          describedBy={described('signerId')}
        />
        {errs('signerId')}
      </div>
      <fieldset>
        <legend>{r.receiving}</legend>
        <UserListPicker
          label={r.receiving}
          users={users}
          value={parties.receivingIds}
          onChange={(v) => onChange({ receivingIds: v })}
          invalid={bad('receivingIds')}
          describedBy={described('receivingIds')}
        />
        {errs('receivingIds')}
      </fieldset>
    </>
  );
}
