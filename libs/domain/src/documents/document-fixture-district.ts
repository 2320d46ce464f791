import type { CadreCvFacts } from '@personnel/contracts';

/** The people, posts and units of the documents' fixtures (the Đầm Hà district); test data only. */
export const FIXTURE_NAMES: Record<string, string> = {
  'hr.tuan': 'Trần Minh Tuấn',
  'chu.tich': 'Lê Văn Hải',
  'bi.thu': 'Hoàng Thị Lan',
  'thu.ky': 'Phạm Thu Trang',
  'U-M1': 'Nguyễn Văn Bình',
  'U-M2': 'Đỗ Thị Hoa',
  'U-M3': 'Vũ Quang Huy',
  'U-M4': 'Bùi Thị Mai',
  'U-M5': 'Lý Văn Sáng',
  CB001: 'Nguyễn Văn An',
  CB002: 'Đặng Thị Thu',
  CB003: 'Hà Văn Dũng',
};

export const CADRES: CadreCvFacts[] = [
  {
    code: 'CB001',
    fullName: 'Nguyễn Văn An',
    gender: 'male',
    birthDate: '1984-03-07',
    hometown: 'Xã Quảng Lâm, huyện Đầm Hà',
    ethnicity: 'Kinh',
    education: 'Đại học Luật',
    politicalTheory: 'Cao cấp',
    stateManagement: 'Chuyên viên chính',
    partyMember: true,
    currentPost: 'Phó Chủ tịch UBND, Xã Quảng An',
    history: [
      {
        from: '2012-01-01',
        to: '2019-12-31',
        post: 'Công chức Văn phòng - Thống kê',
        unit: 'Xã Quảng An',
        decisionRef: null,
      },
      {
        from: '2020-01-01',
        to: null,
        post: 'Phó Chủ tịch UBND',
        unit: 'Xã Quảng An',
        decisionRef: '15/QĐ-UBND',
      },
    ],
    evaluations: [
      { year: 2024, rating: 'excellent' },
      { year: 2025, rating: 'good' },
    ],
    disciplines: [],
  },
  {
    code: 'CB002',
    fullName: 'Đặng Thị Thu',
    gender: 'female',
    birthDate: '1988-11-20',
    hometown: 'Xã Tân Bình, huyện Đầm Hà',
    ethnicity: 'Tày',
    education: 'Thạc sĩ Quản lý công',
    politicalTheory: 'Trung cấp',
    stateManagement: 'Chuyên viên',
    partyMember: true,
    currentPost: 'Trưởng phòng, Phòng Tài chính - Kế hoạch',
    history: [
      {
        from: '2015-06-01',
        to: null,
        post: 'Trưởng phòng',
        unit: 'Phòng Tài chính - Kế hoạch',
        decisionRef: null,
      },
    ],
    evaluations: [{ year: 2025, rating: 'good' }],
    disciplines: [{ form: 'reprimand', decidedAt: '2021-04-02', reason: 'Chậm báo cáo quyết toán' }],
  },
];

export const POSTS = {
  'QA-CT': { code: 'QA-CT', title: 'Chủ tịch UBND', unitCode: 'DH-QA', unitName: 'Xã Quảng An' },
  'QA-PCT': { code: 'QA-PCT', title: 'Phó Chủ tịch UBND', unitCode: 'DH-QA', unitName: 'Xã Quảng An' },
  'TB-PCT': { code: 'TB-PCT', title: 'Phó Chủ tịch UBND', unitCode: 'DH-TB', unitName: 'Xã Tân Bình' },
  'QA-BT': { code: 'QA-BT', title: 'Bí thư Đảng ủy', unitCode: 'DH-QA', unitName: 'Xã Quảng An' },
};
export const UNITS = { DH: 'Huyện Đầm Hà', 'DH-QA': 'Xã Quảng An', 'DH-TB': 'Xã Tân Bình' };

/** What every fixture's facts share: the district, the names, posts and units. */
export const base = {
  district: 'Huyện Đầm Hà',
  province: 'Tỉnh Quảng Ninh',
  names: FIXTURE_NAMES,
  posts: POSTS,
  units: UNITS,
};
