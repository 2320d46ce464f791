import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The journal as the outbox (docs/architecture.md, "Events out"): `outbox_event` holds every event a
 * journal write made, in the write's own transaction, numbered by `sequence` (the feed's cursor; appends
 * are serialised, so sequence order is commit order and a reader never skips a late commit). The id is
 * derived from (workflow id, step key, type, key) and unique, so a step recorded once has its events once.
 * `webhook_subscription` (the secret kept to sign with; the API never shows it after the creation) and
 * `webhook_delivery_attempt` (one row per POST, keyed by its attempt key) serve the webhooks.
 */
export class OutboxAndWebhooks1765300000000 implements MigrationInterface {
  name = 'OutboxAndWebhooks1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_event (
        sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id uuid NOT NULL,
        type text NOT NULL,
        subject text NOT NULL,
        step_key text NOT NULL,
        unit_code text NOT NULL,
        data jsonb NOT NULL,
        time timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_outbox_event_id UNIQUE (id),
        CONSTRAINT ck_outbox_event_type CHECK (type LIKE 'vn.personnel.%')
      )`);
    await queryRunner.query(`CREATE INDEX ix_outbox_event_unit ON outbox_event (unit_code, sequence)`);
    await queryRunner.query(`CREATE INDEX ix_outbox_event_subject ON outbox_event (subject, sequence)`);
    await queryRunner.query(`
      CREATE TABLE webhook_subscription (
        id uuid PRIMARY KEY,
        url text NOT NULL,
        description text NOT NULL DEFAULT '',
        event_types text[] NOT NULL DEFAULT '{}',
        unit_codes text[] NOT NULL DEFAULT '{}',
        secret text NOT NULL,
        status text NOT NULL DEFAULT 'active',
        delivered_sequence bigint NOT NULL DEFAULT 0,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_webhook_subscription_status CHECK (status IN ('active', 'paused', 'deleted')),
        CONSTRAINT ck_webhook_subscription_url CHECK (url ~ '^https?://')
      )`);
    await queryRunner.query(`
      CREATE TABLE webhook_delivery_attempt (
        attempt_key text PRIMARY KEY,
        subscription_id uuid NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
        event_id uuid NOT NULL,
        sequence bigint NOT NULL,
        event_type text NOT NULL,
        subject text NOT NULL,
        status text NOT NULL,
        http_status integer,
        error text,
        duration_ms integer NOT NULL,
        attempted_at timestamptz NOT NULL,
        CONSTRAINT ck_webhook_delivery_attempt_status CHECK (status IN ('delivered', 'failed', 'timeout'))
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_webhook_delivery_attempt_subscription
         ON webhook_delivery_attempt (subscription_id, attempted_at DESC, sequence DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE webhook_delivery_attempt`);
    await queryRunner.query(`DROP TABLE webhook_subscription`);
    await queryRunner.query(`DROP TABLE outbox_event`);
  }
}
