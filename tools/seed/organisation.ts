/**
 * The demo organisation: Quảng Ninh province → Đầm Hà district → its 9 commune-level units and the
 * district's agencies (../../../shared/DOMAIN.md, "Demo organisation"), the posts of each unit with
 * their standards, and the training courses those standards name. Static data: no randomness here.
 *
 * Locality codes are hierarchical ("QN" ⊃ "QN.DH" ⊃ "QN.DH.QA"): a commune's locality is its own, a
 * district agency governs the district's locality, and a cadre's hometown is one of them (or another
 * Quảng Ninh district for cadres from outside). The non-local rule compares the two codes.
 */
import type {
  EducationLevel,
  PoliticalTheoryLevel,
  PostLevel,
  PostRankGroup,
  PostStandards,
  StateManagementLevel,
  UnitLevel,
} from '@personnel/contracts';

export type UnitKind =
  'province' | 'district' | 'commune' | 'party-agency' | 'state-agency' | 'public-service' | 'locality';

export interface UnitDef {
  code: string;
  name: string;
  level: UnitLevel;
  parentCode: string | null;
  localityCode: string;
  kind: UnitKind;
}

/** 3 = head of a unit, 2 = deputy or head of a body inside the unit, 1 = staff (công chức, viên chức). */
export type PostRank = 1 | 2 | 3;

/** Who signs the decision: the provincial Party committee, the district Party committee, or the district People's Committee. */
export type Issuer = 'TU' | 'HU' | 'UBND';

export interface PostDef {
  code: string;
  title: string;
  unitCode: string;
  level: PostLevel;
  isHead: boolean;
  requiresNonLocal: boolean;
  standards: PostStandards;
  rank: PostRank;
  /** Rank group within the level, for equivalent and higher posts (libs/domain `post-rank`). */
  rankGroup: PostRankGroup;
  /** Holders at one time; staff posts take any number (Infinity). */
  capacity: number;
  /** Appointed for 5-year terms (reappointment applies); elected posts are not. */
  appointed: boolean;
  issuer: Issuer;
  /** Posts whose holders are the natural successors (promotion pool), by code. */
  feeders: string[];
  /** Posts planned for the 2025-2030 term (quy hoạch). */
  planned: boolean;
  /** Rotation (luân chuyển) may move holders of this post: commune and district leadership. */
  rotatable: boolean;
  gender?: 'male' | 'female';
  minAgeAtStart: number;
  maxAgeAtStart?: number;
}

export interface CourseDef {
  code: string;
  title: string;
  hours: number;
  /** The course exists from this date (the Directive 05-CT/TW was issued on 2016-05-15). */
  availableFrom: string;
}

export const PROVINCE_CODE = 'QN';
export const DISTRICT_CODE = 'DH';
export const PROVINCE_LOCALITY = 'QN';
export const DISTRICT_LOCALITY = 'QN.DH';

export const COURSES: CourseDef[] = [
  {
    code: 'CT05',
    title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (Chỉ thị 05-CT/TW)',
    hours: 16,
    availableFrom: '2016-06-01',
  },
  { code: 'LLCT-SC', title: 'Sơ cấp lý luận chính trị', hours: 200, availableFrom: '1990-01-01' },
  {
    code: 'LLCT-TC',
    title: 'Trung cấp lý luận chính trị - hành chính',
    hours: 1000,
    availableFrom: '1990-01-01',
  },
  { code: 'LLCT-CC', title: 'Cao cấp lý luận chính trị', hours: 1600, availableFrom: '1990-01-01' },
  {
    code: 'QLNN-CV',
    title: 'Bồi dưỡng quản lý nhà nước ngạch chuyên viên',
    hours: 240,
    availableFrom: '1990-01-01',
  },
  {
    code: 'QLNN-CVC',
    title: 'Bồi dưỡng quản lý nhà nước ngạch chuyên viên chính',
    hours: 280,
    availableFrom: '1990-01-01',
  },
  {
    code: 'QLNN-CVCC',
    title: 'Bồi dưỡng quản lý nhà nước ngạch chuyên viên cao cấp',
    hours: 320,
    availableFrom: '1990-01-01',
  },
  {
    code: 'BD-CX',
    title: 'Bồi dưỡng kiến thức, kỹ năng lãnh đạo, quản lý cho cán bộ chủ chốt cấp xã',
    hours: 80,
    availableFrom: '2008-01-01',
  },
  {
    code: 'BD-LDCP',
    title: 'Bồi dưỡng lãnh đạo, quản lý cấp phòng',
    hours: 160,
    availableFrom: '2008-01-01',
  },
  {
    code: 'QPAN-3',
    title: 'Bồi dưỡng kiến thức quốc phòng và an ninh (đối tượng 3)',
    hours: 80,
    availableFrom: '1995-01-01',
  },
  {
    code: 'QPAN-4',
    title: 'Bồi dưỡng kiến thức quốc phòng và an ninh (đối tượng 4)',
    hours: 56,
    availableFrom: '1995-01-01',
  },
  {
    code: 'CDS',
    title: 'Chuyển đổi số trong cơ quan hành chính nhà nước',
    hours: 40,
    availableFrom: '2021-06-01',
  },
  { code: 'TDT-DAO', title: 'Bồi dưỡng tiếng dân tộc Dao', hours: 200, availableFrom: '2012-01-01' },
];

/** The course that attests each political-theory and state-management level (cumulative tracks). */
export const POLITICAL_THEORY_COURSE: Record<PoliticalTheoryLevel, string | null> = {
  none: null,
  elementary: 'LLCT-SC',
  intermediate: 'LLCT-TC',
  advanced: 'LLCT-CC',
};
export const STATE_MANAGEMENT_COURSE: Record<StateManagementLevel, string | null> = {
  none: null,
  specialist: 'QLNN-CV',
  principal: 'QLNN-CVC',
  senior: 'QLNN-CVCC',
};

interface CommuneDef {
  code: string;
  short: string;
  name: string;
  /** Share of the district's people born there (drives hometowns). */
  population: number;
  /** Ethnic mix of people born there. */
  ethnicity: Record<string, number>;
}

const KINH_MOSTLY = { Kinh: 0.93, Tày: 0.03, Dao: 0.02, Hoa: 0.01, 'Sán Dìu': 0.01 };

export const COMMUNES: CommuneDef[] = [
  { code: 'DH-TT', short: 'TT', name: 'Thị trấn Đầm Hà', population: 1.4, ethnicity: KINH_MOSTLY },
  {
    code: 'DH-XDH',
    short: 'XDH',
    name: 'Xã Đầm Hà',
    population: 1.0,
    ethnicity: { ...KINH_MOSTLY, 'Sán Chỉ': 0.02 },
  },
  {
    code: 'DH-QA',
    short: 'QA',
    name: 'Xã Quảng An',
    population: 1.0,
    ethnicity: { Kinh: 0.55, Dao: 0.25, 'Sán Chỉ': 0.15, Tày: 0.05 },
  },
  {
    code: 'DH-QL',
    short: 'QL',
    name: 'Xã Quảng Lâm',
    population: 0.8,
    ethnicity: { Dao: 0.7, Kinh: 0.2, 'Sán Chỉ': 0.05, Tày: 0.05 },
  },
  {
    code: 'DH-QT',
    short: 'QT',
    name: 'Xã Quảng Tân',
    population: 1.0,
    ethnicity: { Kinh: 0.75, Dao: 0.1, 'Sán Chỉ': 0.1, Tày: 0.05 },
  },
  { code: 'DH-TB', short: 'TB', name: 'Xã Tân Bình', population: 1.2, ethnicity: KINH_MOSTLY },
  {
    code: 'DH-TL',
    short: 'TL',
    name: 'Xã Tân Lập',
    population: 0.9,
    ethnicity: { ...KINH_MOSTLY, Dao: 0.04 },
  },
  {
    code: 'DH-DB',
    short: 'DB',
    name: 'Xã Đại Bình',
    population: 1.1,
    ethnicity: { Kinh: 0.85, 'Sán Chỉ': 0.05, Tày: 0.05, Hoa: 0.05 },
  },
  {
    code: 'DH-DY',
    short: 'DY',
    name: 'Xã Dực Yên',
    population: 0.9,
    ethnicity: { ...KINH_MOSTLY, Dao: 0.04 },
  },
];

/** Other Quảng Ninh localities cadres from outside the district come from (units without posts). */
export const OTHER_LOCALITIES: {
  code: string;
  name: string;
  localityCode: string;
  share: number;
  ethnicity: Record<string, number>;
}[] = [
  {
    code: 'HH',
    name: 'Huyện Hải Hà',
    localityCode: 'QN.HH',
    share: 0.3,
    ethnicity: { Kinh: 0.85, Dao: 0.08, 'Sán Chỉ': 0.04, Tày: 0.03 },
  },
  {
    code: 'TY',
    name: 'Huyện Tiên Yên',
    localityCode: 'QN.TY',
    share: 0.2,
    ethnicity: { Kinh: 0.7, Dao: 0.15, Tày: 0.1, 'Sán Chỉ': 0.05 },
  },
  {
    code: 'BL',
    name: 'Huyện Bình Liêu',
    localityCode: 'QN.BL',
    share: 0.1,
    ethnicity: { Tày: 0.5, Dao: 0.3, 'Sán Chỉ': 0.1, Kinh: 0.1 },
  },
  {
    code: 'MC',
    name: 'Thành phố Móng Cái',
    localityCode: 'QN.MC',
    share: 0.15,
    ethnicity: { Kinh: 0.9, Hoa: 0.05, Dao: 0.05 },
  },
  {
    code: 'CP',
    name: 'Thành phố Cẩm Phả',
    localityCode: 'QN.CP',
    share: 0.1,
    ethnicity: { Kinh: 0.96, Tày: 0.02, 'Sán Dìu': 0.02 },
  },
  {
    code: 'HL',
    name: 'Thành phố Hạ Long',
    localityCode: 'QN.HL',
    share: 0.15,
    ethnicity: { Kinh: 0.96, Tày: 0.02, 'Sán Dìu': 0.02 },
  },
];

export function communeLocality(short: string): string {
  return `${DISTRICT_LOCALITY}.${short}`;
}

interface AgencyDef {
  code: string;
  name: string;
  kind: 'party-agency' | 'state-agency' | 'public-service';
  head: string;
  deputy: string;
  deputies: number;
  staffTitle: string;
  staffWeight: number;
}

const AGENCIES: AgencyDef[] = [
  {
    code: 'DH-TCNV',
    name: 'Cơ quan Tổ chức - Nội vụ',
    kind: 'party-agency',
    head: 'Trưởng Cơ quan Tổ chức - Nội vụ',
    deputy: 'Phó Trưởng Cơ quan Tổ chức - Nội vụ',
    deputies: 2,
    staffTitle: 'Chuyên viên Cơ quan Tổ chức - Nội vụ',
    staffWeight: 4,
  },
  {
    code: 'DH-UBKT',
    name: 'Ủy ban Kiểm tra Huyện ủy',
    kind: 'party-agency',
    head: 'Chủ nhiệm Ủy ban Kiểm tra Huyện ủy',
    deputy: 'Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy',
    deputies: 2,
    staffTitle: 'Cán bộ Ủy ban Kiểm tra Huyện ủy',
    staffWeight: 3,
  },
  {
    code: 'DH-BTG',
    name: 'Ban Tuyên giáo Huyện ủy',
    kind: 'party-agency',
    head: 'Trưởng Ban Tuyên giáo Huyện ủy',
    deputy: 'Phó Trưởng Ban Tuyên giáo Huyện ủy',
    deputies: 1,
    staffTitle: 'Cán bộ Ban Tuyên giáo Huyện ủy',
    staffWeight: 3,
  },
  {
    code: 'DH-BDV',
    name: 'Ban Dân vận Huyện ủy',
    kind: 'party-agency',
    head: 'Trưởng Ban Dân vận Huyện ủy',
    deputy: 'Phó Trưởng Ban Dân vận Huyện ủy',
    deputies: 1,
    staffTitle: 'Cán bộ Ban Dân vận Huyện ủy',
    staffWeight: 2,
  },
  {
    code: 'DH-VPHU',
    name: 'Văn phòng Huyện ủy',
    kind: 'party-agency',
    head: 'Chánh Văn phòng Huyện ủy',
    deputy: 'Phó Chánh Văn phòng Huyện ủy',
    deputies: 1,
    staffTitle: 'Chuyên viên Văn phòng Huyện ủy',
    staffWeight: 3,
  },
  {
    code: 'DH-TTCT',
    name: 'Trung tâm Chính trị huyện',
    kind: 'party-agency',
    head: 'Giám đốc Trung tâm Chính trị',
    deputy: 'Phó Giám đốc Trung tâm Chính trị',
    deputies: 1,
    staffTitle: 'Giảng viên Trung tâm Chính trị',
    staffWeight: 2,
  },
  {
    code: 'DH-VP',
    name: 'Văn phòng HĐND và UBND huyện',
    kind: 'state-agency',
    head: 'Chánh Văn phòng HĐND và UBND huyện',
    deputy: 'Phó Chánh Văn phòng HĐND và UBND huyện',
    deputies: 2,
    staffTitle: 'Chuyên viên Văn phòng HĐND và UBND huyện',
    staffWeight: 5,
  },
  {
    code: 'DH-TCKH',
    name: 'Phòng Tài chính - Kế hoạch',
    kind: 'state-agency',
    head: 'Trưởng phòng Tài chính - Kế hoạch',
    deputy: 'Phó Trưởng phòng Tài chính - Kế hoạch',
    deputies: 2,
    staffTitle: 'Chuyên viên Phòng Tài chính - Kế hoạch',
    staffWeight: 4,
  },
  {
    code: 'DH-GDDT',
    name: 'Phòng Giáo dục và Đào tạo',
    kind: 'state-agency',
    head: 'Trưởng phòng Giáo dục và Đào tạo',
    deputy: 'Phó Trưởng phòng Giáo dục và Đào tạo',
    deputies: 2,
    staffTitle: 'Chuyên viên Phòng Giáo dục và Đào tạo',
    staffWeight: 3,
  },
  {
    code: 'DH-TNMT',
    name: 'Phòng Tài nguyên và Môi trường',
    kind: 'state-agency',
    head: 'Trưởng phòng Tài nguyên và Môi trường',
    deputy: 'Phó Trưởng phòng Tài nguyên và Môi trường',
    deputies: 2,
    staffTitle: 'Chuyên viên Phòng Tài nguyên và Môi trường',
    staffWeight: 3,
  },
  {
    code: 'DH-NNPTNT',
    name: 'Phòng Nông nghiệp và Phát triển nông thôn',
    kind: 'state-agency',
    head: 'Trưởng phòng Nông nghiệp và Phát triển nông thôn',
    deputy: 'Phó Trưởng phòng Nông nghiệp và Phát triển nông thôn',
    deputies: 1,
    staffTitle: 'Chuyên viên Phòng Nông nghiệp và Phát triển nông thôn',
    staffWeight: 3,
  },
  {
    code: 'DH-KTHT',
    name: 'Phòng Kinh tế và Hạ tầng',
    kind: 'state-agency',
    head: 'Trưởng phòng Kinh tế và Hạ tầng',
    deputy: 'Phó Trưởng phòng Kinh tế và Hạ tầng',
    deputies: 2,
    staffTitle: 'Chuyên viên Phòng Kinh tế và Hạ tầng',
    staffWeight: 3,
  },
  {
    code: 'DH-VHTT',
    name: 'Phòng Văn hóa và Thông tin',
    kind: 'state-agency',
    head: 'Trưởng phòng Văn hóa và Thông tin',
    deputy: 'Phó Trưởng phòng Văn hóa và Thông tin',
    deputies: 1,
    staffTitle: 'Chuyên viên Phòng Văn hóa và Thông tin',
    staffWeight: 2,
  },
  {
    code: 'DH-TP',
    name: 'Phòng Tư pháp',
    kind: 'state-agency',
    head: 'Trưởng phòng Tư pháp',
    deputy: 'Phó Trưởng phòng Tư pháp',
    deputies: 1,
    staffTitle: 'Chuyên viên Phòng Tư pháp',
    staffWeight: 2,
  },
  {
    code: 'DH-LDTBXH',
    name: 'Phòng Lao động - Thương binh và Xã hội',
    kind: 'state-agency',
    head: 'Trưởng phòng Lao động - Thương binh và Xã hội',
    deputy: 'Phó Trưởng phòng Lao động - Thương binh và Xã hội',
    deputies: 1,
    staffTitle: 'Chuyên viên Phòng Lao động - Thương binh và Xã hội',
    staffWeight: 2,
  },
  {
    code: 'DH-TTR',
    name: 'Thanh tra huyện',
    kind: 'state-agency',
    head: 'Chánh Thanh tra huyện',
    deputy: 'Phó Chánh Thanh tra huyện',
    deputies: 1,
    staffTitle: 'Thanh tra viên',
    staffWeight: 2,
  },
  {
    code: 'DH-TTYT',
    name: 'Trung tâm Y tế huyện',
    kind: 'public-service',
    head: 'Giám đốc Trung tâm Y tế huyện',
    deputy: 'Phó Giám đốc Trung tâm Y tế huyện',
    deputies: 2,
    staffTitle: 'Viên chức Trung tâm Y tế huyện',
    staffWeight: 40,
  },
  {
    code: 'DH-TTVH',
    name: 'Trung tâm Văn hóa - Thể thao và Truyền thông',
    kind: 'public-service',
    head: 'Giám đốc Trung tâm Văn hóa - Thể thao và Truyền thông',
    deputy: 'Phó Giám đốc Trung tâm Văn hóa - Thể thao và Truyền thông',
    deputies: 1,
    staffTitle: 'Viên chức Trung tâm Văn hóa - Thể thao và Truyền thông',
    staffWeight: 12,
  },
  {
    code: 'DH-BQLDA',
    name: 'Ban Quản lý dự án đầu tư xây dựng huyện',
    kind: 'public-service',
    head: 'Giám đốc Ban Quản lý dự án đầu tư xây dựng',
    deputy: 'Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng',
    deputies: 2,
    staffTitle: 'Viên chức Ban Quản lý dự án đầu tư xây dựng',
    staffWeight: 12,
  },
  {
    code: 'DH-TTDVNN',
    name: 'Trung tâm Dịch vụ nông nghiệp',
    kind: 'public-service',
    head: 'Giám đốc Trung tâm Dịch vụ nông nghiệp',
    deputy: 'Phó Giám đốc Trung tâm Dịch vụ nông nghiệp',
    deputies: 1,
    staffTitle: 'Viên chức Trung tâm Dịch vụ nông nghiệp',
    staffWeight: 10,
  },
  {
    code: 'DH-GDNN',
    name: 'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên',
    kind: 'public-service',
    head: 'Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên',
    deputy: 'Phó Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên',
    deputies: 1,
    staffTitle: 'Viên chức Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên',
    staffWeight: 25,
  },
];

function standards(
  minEducation: EducationLevel,
  minPoliticalTheory: PoliticalTheoryLevel,
  minStateManagement: StateManagementLevel,
  requiredCourseCodes: string[],
  partyMember: boolean,
): PostStandards {
  return { minEducation, minPoliticalTheory, minStateManagement, requiredCourseCodes, partyMember };
}

export function units(): UnitDef[] {
  const list: UnitDef[] = [
    {
      code: PROVINCE_CODE,
      name: 'Tỉnh Quảng Ninh',
      level: 'province',
      parentCode: null,
      localityCode: PROVINCE_LOCALITY,
      kind: 'province',
    },
    {
      code: DISTRICT_CODE,
      name: 'Huyện Đầm Hà',
      level: 'district',
      parentCode: PROVINCE_CODE,
      localityCode: DISTRICT_LOCALITY,
      kind: 'district',
    },
  ];
  for (const other of OTHER_LOCALITIES) {
    list.push({
      code: other.code,
      name: other.name,
      level: 'district',
      parentCode: PROVINCE_CODE,
      localityCode: other.localityCode,
      kind: 'locality',
    });
  }
  for (const c of COMMUNES) {
    list.push({
      code: c.code,
      name: c.name,
      level: 'commune',
      parentCode: DISTRICT_CODE,
      localityCode: communeLocality(c.short),
      kind: 'commune',
    });
  }
  for (const a of AGENCIES) {
    list.push({
      code: a.code,
      name: a.name,
      level: 'agency',
      parentCode: DISTRICT_CODE,
      localityCode: DISTRICT_LOCALITY,
      kind: a.kind,
    });
  }
  return list;
}

/**
 * The rank group of a demo post, from its code's suffix (the same classes the post-rank migration gives
 * existing registries): the secretary, the chair of the People's Committee, the deputy secretaries and
 * the council's chair, the vice chairs and the Front, the heads of a body, deputy heads, staff.
 */
export function rankGroupOf(code: string, isHead: boolean): PostRankGroup {
  if (/-BT(-HU)?$/.test(code)) return 'secretary';
  if (/-CT-UBND$/.test(code)) return 'chair';
  if (/-(PBT(-HU)?|CT-HDND)$/.test(code)) return 'deputy_secretary';
  if (/-(PCT-UBND|PCT-HDND|CT-MTTQ)$/.test(code)) return 'vice_chair';
  if (/-(BT-DTN|CT-HLHPN|CT-HND|CT-HCCB|CHT-QS|TR)$/.test(code) || isHead) return 'body_head';
  if (/-PTR$/.test(code)) return 'deputy_head';
  return 'staff';
}

type PostInput = Omit<PostDef, 'code' | 'unitCode' | 'level' | 'feeders' | 'minAgeAtStart' | 'rankGroup'> & {
  suffix: string;
  feeders?: string[];
  minAgeAtStart?: number;
};

function post(unitCode: string, level: PostLevel, input: PostInput): PostDef {
  const { suffix, feeders, minAgeAtStart, ...rest } = input;
  const code = `${unitCode}-${suffix}`;
  return {
    ...rest,
    code,
    unitCode,
    level,
    rankGroup: rankGroupOf(code, rest.isHead),
    // A feeder is a suffix of this unit's posts, or a whole code ("DH-…") of another unit's post.
    feeders: (feeders ?? []).map((f) => (f.startsWith(`${DISTRICT_CODE}-`) ? f : `${unitCode}-${f}`)),
    minAgeAtStart: minAgeAtStart ?? (rest.rank === 3 ? 32 : rest.rank === 2 ? 28 : 20),
  };
}

/** Every post of the organisation, heads first within a unit. */
export function posts(): PostDef[] {
  const list: PostDef[] = [];
  const commonCommune = { isHead: false, requiresNonLocal: false, appointed: false, rotatable: false };
  for (const c of COMMUNES) {
    const u = c.code;
    const head = standards('bachelor', 'intermediate', 'specialist', ['CT05', 'BD-CX'], true);
    const deputy = standards('bachelor', 'intermediate', 'specialist', ['CT05'], true);
    const massHead = standards('college', 'intermediate', 'none', ['CT05'], true);
    const staff = standards('college', 'none', 'none', [], false);
    list.push(
      post(u, 'commune', {
        ...commonCommune,
        suffix: 'BT',
        title: 'Bí thư Đảng ủy',
        isHead: true,
        requiresNonLocal: true,
        standards: head,
        rank: 3,
        capacity: 1,
        issuer: 'HU',
        feeders: ['PBT', 'CT-HDND'],
        planned: true,
        rotatable: true,
      }),
      post(u, 'commune', {
        ...commonCommune,
        suffix: 'CT-UBND',
        title: 'Chủ tịch Ủy ban nhân dân',
        isHead: true,
        requiresNonLocal: true,
        standards: head,
        rank: 3,
        capacity: 1,
        issuer: 'UBND',
        feeders: ['PCT-UBND'],
        planned: true,
        rotatable: true,
      }),
      post(u, 'commune', {
        ...commonCommune,
        suffix: 'PBT',
        title: 'Phó Bí thư Thường trực Đảng ủy',
        standards: deputy,
        rank: 2,
        capacity: 1,
        issuer: 'HU',
        feeders: ['CT-MTTQ', 'PCT-HDND', 'VP-TK'],
        planned: true,
        rotatable: true,
      }),
      post(u, 'commune', {
        ...commonCommune,
        suffix: 'PCT-UBND',
        title: 'Phó Chủ tịch Ủy ban nhân dân',
        standards: deputy,
        rank: 2,
        capacity: 2,
        issuer: 'UBND',
        feeders: ['DC-XD', 'TC-KT', 'VP-TK'],
        planned: true,
        rotatable: true,
      }),
      post(u, 'commune', {
        ...commonCommune,
        suffix: 'CT-HDND',
        title: 'Chủ tịch Hội đồng nhân dân',
        standards: deputy,
        rank: 2,
        capacity: 1,
        issuer: 'HU',
        feeders: ['PCT-HDND', 'CT-MTTQ'],
        planned: true,
      }),
      post(u, 'commune', {
        ...commonCommune,
        suffix: 'PCT-HDND',
        title: 'Phó Chủ tịch Hội đồng nhân dân',
        standards: standards('bachelor', 'intermediate', 'none', ['CT05'], true),
        rank: 2,
        capacity: 1,
        issuer: 'UBND',
        feeders: ['TP-HT', 'VP-TK'],
        planned: true,
      }),
      post(u, 'commune', {
        ...commonCommune,
        suffix: 'CT-MTTQ',
        title: 'Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam',
        standards: massHead,
        rank: 2,
        capacity: 1,
        issuer: 'HU',
        feeders: ['VH-XH'],
        planned: true,
      }),
      post(u, 'commune', {
        ...commonCommune,
        suffix: 'BT-DTN',
        title: 'Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh',
        standards: standards('college', 'elementary', 'none', ['CT05'], true),
        rank: 2,
        capacity: 1,
        issuer: 'HU',
        feeders: ['VH-XH'],
        planned: false,
        minAgeAtStart: 24,
        maxAgeAtStart: 32,
      }),
      post(u, 'commune', {
        ...commonCommune,
        suffix: 'CT-HLHPN',
        title: 'Chủ tịch Hội Liên hiệp Phụ nữ',
        standards: massHead,
        rank: 2,
        capacity: 1,
        issuer: 'HU',
        feeders: ['VH-XH'],
        planned: false,
        gender: 'female',
      }),
      post(u, 'commune', {
        ...commonCommune,
        suffix: 'CT-HND',
        title: 'Chủ tịch Hội Nông dân',
        standards: massHead,
        rank: 2,
        capacity: 1,
        issuer: 'HU',
        feeders: ['DC-XD'],
        planned: false,
      }),
      post(u, 'commune', {
        ...commonCommune,
        suffix: 'CT-HCCB',
        title: 'Chủ tịch Hội Cựu chiến binh',
        standards: standards('upper_secondary', 'elementary', 'none', ['CT05'], true),
        rank: 2,
        capacity: 1,
        issuer: 'HU',
        planned: false,
        gender: 'male',
        minAgeAtStart: 45,
      }),
      post(u, 'commune', {
        ...commonCommune,
        suffix: 'CHT-QS',
        title: 'Chỉ huy trưởng Ban Chỉ huy Quân sự',
        standards: standards('college', 'elementary', 'none', ['QPAN-4'], true),
        rank: 2,
        capacity: 1,
        issuer: 'UBND',
        planned: false,
        gender: 'male',
        appointed: true,
      }),
    );
    for (const [suffix, title] of [
      ['VP-TK', 'Công chức Văn phòng - Thống kê'],
      ['DC-XD', 'Công chức Địa chính - Xây dựng - Nông nghiệp và Môi trường'],
      ['TP-HT', 'Công chức Tư pháp - Hộ tịch'],
      ['TC-KT', 'Công chức Tài chính - Kế toán'],
      ['VH-XH', 'Công chức Văn hóa - Xã hội'],
    ] as const) {
      list.push(
        post(u, 'commune', {
          ...commonCommune,
          suffix,
          title,
          standards: staff,
          rank: 1,
          capacity: Infinity,
          issuer: 'UBND',
          planned: false,
          appointed: false,
        }),
      );
    }
  }

  const district = (
    suffix: string,
    title: string,
    rank: 2 | 3,
    capacity: number,
    extra: Partial<PostInput>,
  ) =>
    post(DISTRICT_CODE, 'district', {
      suffix,
      title,
      isHead: rank === 3,
      requiresNonLocal: false,
      rank,
      capacity,
      appointed: false,
      issuer: 'TU',
      planned: true,
      rotatable: false,
      standards: standards('bachelor', 'advanced', 'principal', ['CT05', 'QPAN-3'], true),
      minAgeAtStart: rank === 3 ? 38 : 35,
      ...extra,
    });
  list.push(
    district('BT-HU', 'Bí thư Huyện ủy', 3, 1, { feeders: ['DH-PBT-HU', 'DH-CT-UBND'] }),
    district('CT-UBND', 'Chủ tịch Ủy ban nhân dân huyện', 3, 1, {
      feeders: ['DH-PCT-UBND', 'DH-PBT-HU'],
    }),
    district('PBT-HU', 'Phó Bí thư Huyện ủy', 2, 2, {
      feeders: ['DH-TCNV-TR', 'DH-UBKT-TR', 'DH-BTG-TR', 'DH-BDV-TR'],
    }),
    district('PCT-UBND', 'Phó Chủ tịch Ủy ban nhân dân huyện', 2, 3, {
      feeders: ['DH-VP-TR', 'DH-TCKH-TR', 'DH-TNMT-TR', 'DH-KTHT-TR', 'DH-NNPTNT-TR'],
    }),
    district('CT-HDND', 'Chủ tịch Hội đồng nhân dân huyện', 2, 1, {
      feeders: ['DH-PBT-HU', 'DH-PCT-HDND'],
      standards: standards('bachelor', 'advanced', 'principal', ['CT05'], true),
    }),
    district('PCT-HDND', 'Phó Chủ tịch Hội đồng nhân dân huyện', 2, 1, {
      feeders: ['DH-VP-TR', 'DH-TP-TR', 'DH-BDV-TR'],
      standards: standards('bachelor', 'advanced', 'specialist', ['CT05'], true),
      issuer: 'HU',
    }),
  );

  for (const a of AGENCIES) {
    const party = a.kind === 'party-agency';
    const service = a.kind === 'public-service';
    const headStandards = service
      ? standards('bachelor', 'intermediate', 'specialist', ['CT05', 'BD-LDCP'], true)
      : party
        ? standards('bachelor', 'advanced', 'specialist', ['CT05', 'BD-LDCP'], true)
        : standards('bachelor', 'intermediate', 'principal', ['CT05', 'BD-LDCP'], true);
    const deputyStandards = service
      ? standards('bachelor', 'elementary', 'specialist', ['BD-LDCP'], true)
      : standards('bachelor', 'intermediate', 'specialist', ['CT05', 'BD-LDCP'], true);
    const issuer: Issuer = party ? 'HU' : 'UBND';
    const common = { requiresNonLocal: false, appointed: true, issuer, rotatable: !service, planned: true };
    list.push(
      post(a.code, 'district', {
        ...common,
        suffix: 'TR',
        title: a.head,
        isHead: true,
        standards: headStandards,
        rank: 3,
        capacity: 1,
        feeders: ['PTR'],
        minAgeAtStart: 32,
      }),
      post(a.code, 'district', {
        ...common,
        suffix: 'PTR',
        title: a.deputy,
        isHead: false,
        standards: deputyStandards,
        rank: 2,
        capacity: a.deputies,
        feeders: ['CV'],
      }),
      post(a.code, 'district', {
        ...common,
        suffix: 'CV',
        title: a.staffTitle,
        isHead: false,
        standards: standards(service ? 'college' : 'bachelor', 'none', 'none', [], false),
        rank: 1,
        capacity: Infinity,
        rotatable: false,
        planned: false,
        appointed: false,
      }),
    );
  }
  return list;
}

/** Share of staff each staff post employs: a commune's offices are small, the district's services large. */
export function staffWeight(p: PostDef): number {
  if (p.rank !== 1) return 0;
  const agency = AGENCIES.find((a) => a.code === p.unitCode);
  return agency ? agency.staffWeight : 1.2;
}

export function isCommunePost(p: PostDef): boolean {
  return p.level === 'commune';
}
