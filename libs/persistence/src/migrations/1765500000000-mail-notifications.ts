import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail notifications: each user's address and their on/off switch, and one row per (event, recipient,
 * channel) a notification was decided for — the unique key that makes a retried activity send nothing
 * twice (docs/architecture.md, "Notifications by mail").
 */
export class MailNotifications1765500000000 implements MigrationInterface {
  name = 'MailNotifications1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN email text`);
    await queryRunner.query(
      `ALTER TABLE app_user ADD CONSTRAINT ck_app_user_email CHECK (email IS NULL OR email ~ '^[^@\\s]+@[^@\\s]+$')`,
    );
    await queryRunner.query(
      `ALTER TABLE app_user ADD COLUMN mail_notifications boolean NOT NULL DEFAULT true`,
    );
    await queryRunner.query(`
      CREATE TABLE notification_delivery (
        event_id uuid NOT NULL,
        recipient text NOT NULL,
        channel text NOT NULL,
        event_sequence bigint NOT NULL,
        event_type text NOT NULL,
        status text NOT NULL,
        address text,
        message_id text,
        reason text,
        attempts integer NOT NULL DEFAULT 1,
        claimed_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT pk_notification_delivery PRIMARY KEY (event_id, recipient, channel),
        CONSTRAINT ck_notification_delivery_channel CHECK (channel IN ('mail')),
        CONSTRAINT ck_notification_delivery_status CHECK (
          status IN ('sending', 'sent', 'failed', 'skipped', 'unknown')
        )
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_notification_delivery_recipient ON notification_delivery (recipient, claimed_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notification_delivery`);
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN mail_notifications`);
    await queryRunner.query(`ALTER TABLE app_user DROP CONSTRAINT ck_app_user_email`);
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN email`);
  }
}
