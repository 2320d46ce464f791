import { useRef, useState } from 'react';
import type { UnitView } from '../api/rotation-types';
import type { CreatedWebhookSubscription, CreateSubscriptionRequest } from '../api/webhook-types';
import { useI18n } from '../i18n/i18n';
import { useCommand } from '../shared/use-command';
import { ErrorMessage } from '../ui/errors';
import { FieldProblemList } from '../ui/field-problem-list';
import { EVENT_TYPE_ORDER } from './event-type-order';

/**
 * The new subscription: where to, which events (by name), which unit (by name). The secret the API
 * answers is shown once by the page, never kept.
 */
export function SubscriptionForm({
  units,
  create,
  onCreated,
}: {
  units: readonly UnitView[];
  create(body: CreateSubscriptionRequest & { startAfter?: string }): Promise<CreatedWebhookSubscription>;
  onCreated(created: CreatedWebhookSubscription): void;
}) {
  const { t } = useI18n();
  const f = t.webhooks.form;
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [types, setTypes] = useState<string[]>([]);
  const [unit, setUnit] = useState('');
  const [fromStart, setFromStart] = useState(false);
  const [urlProblem, setUrlProblem] = useState<string | null>(null);
  const created = useRef<CreatedWebhookSubscription | null>(null);
  const { busy, error, run } = useCommand(() => created.current && onCreated(created.current));

  const submit = () =>
    run(async () => {
      if (!/^https?:\/\/\S+$/.test(url.trim())) {
        setUrlProblem(f.invalidUrl);
        return null;
      }
      setUrlProblem(null);
      created.current = await create({
        url: url.trim(),
        description: description.trim() || undefined,
        eventTypes: types,
        unitCodes: unit ? [unit] : [],
        ...(fromStart ? { startAfter: '0' } : {}),
      });
      return f.created;
    });

  return (
    <form
      className="card form"
      aria-labelledby="webhook-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
    >
      <h2 id="webhook-form-title">{f.title}</h2>
      <label>
        {f.url}
        <input
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          aria-invalid={urlProblem !== null}
          aria-describedby={urlProblem ? 'webhook-url-problem' : undefined}
          required
        />
      </label>
      {urlProblem && (
        <p id="webhook-url-problem" className="field-error">
          {urlProblem}
        </p>
      )}
      <label>
        {f.description}
        <input
          type="text"
          value={description}
          maxLength={200}
          onChange={(e) => setDescription(e.target.value)}
        />
      </label>
      <fieldset>
        <legend>{f.types}</legend>
        {EVENT_TYPE_ORDER.map((type) => (
          <label key={type} className="checkbox">
            <input
              type="checkbox"
              checked={types.includes(type)}
              onChange={(e) =>
                setTypes(e.target.checked ? [...types, type] : types.filter((x) => x !== type))
              }
            />{' '}
            {t.webhooks.eventTypes[type]}
          </label>
        ))}
      </fieldset>
      <label>
        {f.unit}
        <select value={unit} onChange={(e) => setUnit(e.target.value)}>
          <option value="">{f.anyUnit}</option>
          {units.map((u) => (
            <option key={u.code} value={u.code}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={fromStart} onChange={(e) => setFromStart(e.target.checked)} />{' '}
        {f.fromStart}
      </label>
      {error !== null && <ErrorMessage error={error} />}
      <FieldProblemList error={error} testId="subscription-problems" />
      <button type="submit" className="button" disabled={busy}>
        {f.submit}
      </button>
    </form>
  );
}
