import { useEffect, useRef } from 'react';
import type { UserDirectoryEntry } from '../api/appointment-types';
import type { StandingBodyView } from '../api/standing-body-endpoints';
import type { FieldProblems } from '../appointments/field-problems';
import { SignOffFields } from '../appointments/sign-off-fields';
import { StandingBodyPicker } from '../appointments/standing-body-picker';
import { UserListPicker, UserSelect } from '../appointments/user-picker';
import { useI18n } from '../i18n/i18n';
import { adjustCollective, pickCollective, withUsualCollective, type PartiesDraft } from './parties-logic';

/**
 * The parties of a rotation, with the appointment form's own sections: the collective (picked in one
 * action from the registry's standing bodies, the only standing committee chosen already), the sign-off
 * chain, the signer and the receiving unit's users.
 */
export function PartiesFields({
  parties,
  users,
  standingBodies,
  onChange,
  fields,
}: {
  parties: PartiesDraft;
  users: readonly UserDirectoryEntry[];
  /** The active standing bodies HR may use. */
  standingBodies: readonly StandingBodyView[];
  onChange(next: Partial<PartiesDraft>): void;
  fields: FieldProblems;
}) {
  const r = useI18n().t.rotation.start;
  const { fid, errs, bad, described } = fields;
  // Offered once, when the bodies arrive: HR who then picks "none" types the members in, undisturbed.
  const offered = useRef(false);
  useEffect(() => {
    if (offered.current || standingBodies.length === 0) return;
    offered.current = true;
    const usual = withUsualCollective(parties, standingBodies);
    if (usual !== parties) onChange(usual);
  }, [standingBodies, parties, onChange]);
  return (
    <>
      <StandingBodyPicker
        name="collective"
        legend={r.collective}
        options={standingBodies}
        source={parties.collectiveSource}
        body={parties.collective}
        users={users}
        onPick={(body) => onChange(pickCollective(parties, body))}
        onAdjust={(change) => onChange(adjustCollective(parties, change))}
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
