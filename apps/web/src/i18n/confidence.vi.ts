/**
 * Vietnamese texts of the confidence-vote screens (lấy phiếu tín nhiệm, QĐ 96). Merged into `vi` as
 * `confidence`; English in confidence.en.ts with the same keys.
 */
export const confidenceVi = {
  nav: 'Lấy phiếu tín nhiệm',
  citation: 'QĐ 96-QĐ/TW 2023',
  levels: { high: 'Tín nhiệm cao', confidence: 'Tín nhiệm', low: 'Tín nhiệm thấp' },
  outcomes: {
    retained: 'Giữ nguyên',
    out_of_planning: 'Đưa ra khỏi quy hoạch (trên 1/2 tín nhiệm thấp)',
    removal_from_post: 'Đề nghị cho thôi giữ chức vụ (từ 2/3 tín nhiệm thấp)',
  } as Record<string, string>,
  states: { in_progress: 'Đang thực hiện', completed: 'Đã hoàn thành', withdrawn: 'Đã rút' } as Record<
    string,
    string
  >,
  stages: {
    key_cadre_conference: 'Hội nghị cán bộ chủ chốt',
    awaiting_reconvening: 'Chờ triệu tập lại hội nghị',
    dismissal_proposals: 'Tập thể xem xét đề nghị cho thôi chức vụ',
    closed: 'Đã kết thúc',
  } as Record<string, string>,
  list: {
    title: 'Lấy phiếu tín nhiệm',
    new: 'Tổ chức lấy phiếu tín nhiệm',
    empty: 'Chưa có đợt lấy phiếu tín nhiệm nào.',
    colUnit: 'Đơn vị',
    colYear: 'Năm',
    colHolders: 'Số người được lấy phiếu',
    colState: 'Trạng thái',
    colStage: 'Bước',
  },
  start: {
    title: 'Tổ chức lấy phiếu tín nhiệm',
    unit: 'Đơn vị',
    chooseUnit: 'Chọn đơn vị',
    year: 'Năm lấy phiếu',
    holders: 'Người được lấy phiếu (đang giữ chức vụ tại đơn vị)',
    noHolders: 'Đơn vị chưa có người giữ chức vụ.',
    keyCadres: 'Hội nghị cán bộ chủ chốt (bỏ phiếu kín)',
    collective: 'Tập thể lãnh đạo (người đứng đầu xem xét đề nghị cho thôi chức vụ)',
    submit: 'Bắt đầu lấy phiếu',
    started: (unit: string, year: number) => `Đã bắt đầu lấy phiếu tín nhiệm ${unit} năm ${year}.`,
    open: 'Mở quy trình',
    pickHolder: 'Chọn ít nhất một người được lấy phiếu.',
  },
  page: {
    title: 'Lấy phiếu tín nhiệm',
    notFound: 'Không tìm thấy đợt lấy phiếu này.',
    holders: 'Người được lấy phiếu',
    results: 'Kết quả lấy phiếu',
    noResults: 'Chưa có kết quả: hội nghị chưa bỏ phiếu.',
    colName: 'Họ và tên',
    colPost: 'Chức vụ',
    colBallots: 'Phiếu hợp lệ / triệu tập',
    colOutcome: 'Kết quả',
    sheet: (sha: string) => `Mã niêm phong biên bản kiểm phiếu (SHA-256): ${sha}`,
    dismissals: 'Đề nghị cho thôi giữ chức vụ',
    accepted: 'Tập thể đồng ý',
    rejected: 'Tập thể không đồng ý',
    pending: 'Chờ tập thể xem xét',
    conference: 'Hội nghị lấy phiếu',
    attempt: (n: number) => `Lần triệu tập thứ ${n}`,
  },
  tally: {
    title: 'Nhập kết quả kiểm phiếu',
    quorum: (attending: number, summoned: number, met: boolean) =>
      `Có mặt ${attending}/${summoned} người được triệu tập — ${met ? 'đủ' : 'không đủ'} 2/3 để tiến hành.`,
    rule: 'Tỷ lệ tính trên tổng số người được triệu tập: trên 1/2 tín nhiệm thấp → đưa ra khỏi quy hoạch; từ 2/3 trở lên → đề nghị cho thôi giữ chức vụ.',
    ballots: 'Số phiếu thu về',
    countFor: (level: string, name: string) => `${level} — ${name}`,
    outcome: 'Kết quả theo quy định',
    sheet: 'Tệp biên bản kiểm phiếu (để tính mã niêm phong)',
    sheetHex: 'Hoặc dán mã SHA-256 của biên bản (64 ký tự 0-9, a-f)',
    sheetNeeded: 'Cần mã niêm phong của biên bản kiểm phiếu: chọn tệp hoặc dán mã.',
    submit: 'Ghi nhận kết quả',
    done: 'Đã ghi nhận kết quả kiểm phiếu.',
    problems: {
      notWhole: (name: string) => `Số phiếu của ${name} phải là số nguyên không âm.`,
      overBallots: (name: string, ballots: number) =>
        `Tổng ba mức của ${name} vượt quá ${ballots} phiếu thu về.`,
      ballotsOverAttending: (attending: number) =>
        `Số phiếu thu về phải là số nguyên từ 0 đến ${attending} (số người có mặt).`,
    },
  },
  actions: {
    withdraw: 'Rút đợt lấy phiếu',
    reconvene: 'Triệu tập lại hội nghị',
    reason: 'Lý do',
    accept: 'Đồng ý đề nghị',
    reject: 'Không đồng ý',
    reasonNeeded: 'Cần nêu lý do.',
    decisionFor: (name: string) => `Đề nghị cho thôi giữ chức vụ: ${name}`,
    done: 'Đã ghi nhận.',
  },
};
