import type {
  AssignmentFact,
  CadreFacts,
  PlannerCadre,
  PlannerPost,
  PlannerUnit,
  PostStandards,
  RotationPlannerFacts,
} from '@personnel/contracts';

/** Test instances: a tiny district, built in memory, every fact explicit. */
export const AS_OF = '2026-03-02';

export const STANDARDS: PostStandards = {
  minEducation: 'bachelor',
  minPoliticalTheory: 'intermediate',
  minStateManagement: 'specialist',
  requiredCourseCodes: ['CT05'],
  partyMember: true,
};

export interface CadreSpec {
  code: string;
  hometown: string;
  /** Post code held now, from `since`. */
  post?: string;
  since?: string;
  birthDate?: string;
  planned?: boolean;
  patch?: Partial<CadreFacts>;
}

/** Builds the facts: communes `A`, `B`… (locality `L-A`…) with head posts `A-BT`, `A-CT` and staff `A-CV`. */
export class OrgBuilder {
  readonly units: PlannerUnit[] = [];
  readonly posts: PlannerPost[] = [];
  private readonly cadres: PlannerCadre[] = [];

  commune(code: string): this {
    this.units.push({ unitCode: code, name: `Xã ${code}`, level: 'commune', localityCode: `L-${code}` });
    for (const [suffix, title] of [
      ['BT', 'Bí thư'],
      ['CT', 'Chủ tịch UBND'],
    ])
      this.addPost(`${code}-${suffix}`, `${title} ${code}`, code, `L-${code}`, true, true);
    this.addPost(`${code}-CV`, `Công chức ${code}`, code, `L-${code}`, false, false);
    return this;
  }

  /** A district agency with a head post (`<code>-TR`, not non-local) and staff (`<code>-CV`). */
  agency(code: string): this {
    this.units.push({ unitCode: code, name: `Cơ quan ${code}`, level: 'agency', localityCode: 'L-DISTRICT' });
    this.addPost(`${code}-TR`, `Trưởng ${code}`, code, 'L-DISTRICT', true, false);
    this.addPost(`${code}-CV`, `Chuyên viên ${code}`, code, 'L-DISTRICT', false, false);
    return this;
  }

  cadre(spec: CadreSpec): this {
    const post = spec.post ? this.posts.find((p) => p.facts.postCode === spec.post) : undefined;
    if (spec.post && !post) throw new Error(`no post ${spec.post}`);
    const assignments: AssignmentFact[] = post
      ? [
          {
            kind: 'appointment',
            unitCode: post.facts.unitCode,
            unitLocalityCode: post.facts.unitLocalityCode,
            postCode: post.facts.postCode,
            isHead: post.facts.isHead,
            from: spec.since ?? '2023-01-01',
          },
        ]
      : [];
    if (post) post.holderIds.push(spec.code);
    this.cadres.push({
      fullName: `Cán bộ ${spec.code}`,
      currentPostId: post ? post.facts.postCode : null,
      facts: {
        cadreCode: spec.code,
        gender: 'male',
        birthDate: spec.birthDate ?? '1982-04-10',
        hometownLocalityCode: spec.hometown,
        education: 'bachelor',
        politicalTheory: 'intermediate',
        stateManagement: 'specialist',
        partyMember: true,
        status: 'active',
        completedCourseCodes: ['CT05'],
        disciplines: [],
        evaluations: [{ year: 2025, rating: 'good' }],
        assignments,
        planning: spec.planned === false ? [] : [{ postCode: 'X-BT', term: '2025-2030', from: '2025-03-01' }],
        confidenceVotes: [],
        ...spec.patch,
      },
    });
    return this;
  }

  build(asOf = AS_OF): RotationPlannerFacts {
    return structuredClone({ asOf, units: this.units, posts: this.posts, cadres: this.cadres });
  }

  private addPost(
    code: string,
    title: string,
    unitCode: string,
    locality: string,
    head: boolean,
    nonLocal: boolean,
  ): void {
    this.posts.push({
      title,
      singleHolder: head,
      holderIds: [],
      facts: {
        postCode: code,
        unitCode,
        unitLocalityCode: locality,
        level: 'commune',
        isHead: head,
        requiresNonLocal: nonLocal,
        standards: head ? STANDARDS : { ...STANDARDS, minPoliticalTheory: 'none', requiredCourseCodes: [] },
      },
    });
  }
}
