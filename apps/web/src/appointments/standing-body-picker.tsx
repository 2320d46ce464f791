import { useId } from 'react';
import type { ConferenceBody, UserDirectoryEntry } from '../api/appointment-types';
import type { StandingBodyView } from '../api/standing-body-endpoints';
import { useI18n } from '../i18n/i18n';
import { ConferenceBodyFields } from './conference-body-fields';
import type { FieldProblems } from './field-problems';
import type { BodySource } from './start-form-logic';

/**
 * One conference of the start form, picked in one action from the registry's standing bodies (name and
 * member count); its members stay one disclosure away to check or adjust. With no body picked, HR names
 * the members one by one as before.
 */
export function StandingBodyPicker({
  name,
  legend,
  options,
  source,
  body,
  users,
  onPick,
  onAdjust,
  fields,
}: {
  name: string;
  legend: string;
  options: readonly StandingBodyView[];
  source: BodySource | undefined;
  body: ConferenceBody | undefined;
  users: readonly UserDirectoryEntry[];
  onPick(body: StandingBodyView | undefined): void;
  onAdjust(body: Partial<ConferenceBody>): void;
  fields: FieldProblems;
}) {
  const b = useI18n().t.bodies;
  const id = useId();
  const members = (
    <ConferenceBodyFields
      name={name}
      legend={legend}
      body={body}
      users={users}
      onChange={onAdjust}
      fields={fields}
      bare
    />
  );
  return (
    <fieldset className="body">
      <legend>{legend}</legend>
      {options.length > 0 && (
        <div className="field">
          <label htmlFor={id}>{b.pick}</label>
          <select
            id={id}
            value={source?.bodyId ?? ''}
            onChange={(e) => onPick(options.find((o) => o.id === e.target.value))}
            aria-invalid={fields.bad(name)}
            aria-describedby={fields.described(name)}
          >
            <option value="">{b.pickNone}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {b.option(o.name, o.members.length)}
              </option>
            ))}
          </select>
          {fields.errs(name)}
        </div>
      )}
      {source ? (
        <details className="body-members">
          <summary>{b.viewMembers(body?.summonedIds.length ?? 0)}</summary>
          <p className="field-help">{source.adjusted ? b.adjusted : b.fromBody}</p>
          {members}
        </details>
      ) : (
        members
      )}
    </fieldset>
  );
}
