import type { MigrationInterface, QueryRunner } from 'typeorm';

const GROUPS = ['staff', 'deputy_head', 'body_head', 'vice_chair', 'deputy_secretary', 'chair', 'secretary'];

/**
 * Every post gets its rank group within its level (nhóm chức danh), so the rules can tell an equivalent
 * post (same level, same group) from a higher one: "in planning for the post or an equivalent", "only
 * higher posts are planned", "the discipline cool-off before a higher post" (libs/domain `post-rank`).
 * Existing posts are classed by the code conventions of the registry (…-BT secretary, …-CT-UBND chair,
 * …-PBT / …-CT-HDND deputy secretary, …-PCT-… / …-CT-MTTQ vice chair, heads of the mass organisations,
 * the commander and agency heads …-TR heads of a body, …-PTR deputy heads); any other head post counts
 * as the head of a body and everything else as staff, which an administrator corrects on the post.
 */
export class PostRankGroups1764270000000 implements MigrationInterface {
  name = 'PostRankGroups1764270000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE post ADD COLUMN rank_group text NOT NULL DEFAULT 'staff'`);
    await queryRunner.query(
      `ALTER TABLE post ADD CONSTRAINT ck_post_rank_group CHECK (rank_group IN (${GROUPS.map((g) => `'${g}'`).join(', ')}))`,
    );
    await queryRunner.query(`
      UPDATE post SET rank_group = CASE
        WHEN code ~ '-BT(-HU)?$' THEN 'secretary'
        WHEN code ~ '-CT-UBND$' THEN 'chair'
        WHEN code ~ '-(PBT(-HU)?|CT-HDND)$' THEN 'deputy_secretary'
        WHEN code ~ '-(PCT-UBND|PCT-HDND|CT-MTTQ)$' THEN 'vice_chair'
        WHEN code ~ '-(BT-DTN|CT-HLHPN|CT-HND|CT-HCCB|CHT-QS|TR)$' OR is_head THEN 'body_head'
        WHEN code ~ '-PTR$' THEN 'deputy_head'
        ELSE 'staff'
      END`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE post DROP CONSTRAINT ck_post_rank_group`);
    await queryRunner.query(`ALTER TABLE post DROP COLUMN rank_group`);
  }
}
