/** The Vietnamese names documents print for the facts' codes (steps, outcomes, registry values). */
export const STEP_NAMES: Readonly<Record<string, string>> = {
  collective_proposes: 'tập thể lãnh đạo thảo luận, đề xuất',
  expanded_conference: 'hội nghị mở rộng giới thiệu nhân sự',
  collective_selects: 'tập thể lãnh đạo lựa chọn nhân sự',
  key_cadre_conference: 'hội nghị cán bộ chủ chốt',
  home_unit_consultation: 'lấy ý kiến nơi công tác',
  collective_votes: 'tập thể lãnh đạo biểu quyết',
};

export const OUTCOMES: Readonly<Record<string, string>> = {
  passed: 'đạt',
  failed: 'không đạt',
  top_two: 'hai người có số phiếu cao nhất được giới thiệu tiếp',
  none: 'không có người đạt',
  quorum_not_met: 'không đủ số lượng thành viên theo quy định',
  expired: 'quá hạn, hội nghị không kết luận',
};

export const CONFIDENCE_OUTCOMES: Readonly<Record<string, string>> = {
  retained: 'Đủ tín nhiệm',
  out_of_planning: 'Trên 1/2 tín nhiệm thấp: đưa ra khỏi quy hoạch',
  removal_from_post: 'Từ 2/3 tín nhiệm thấp: xem xét cho thôi giữ chức vụ',
};

export const RATINGS: Readonly<Record<string, string>> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  satisfactory: 'Hoàn thành nhiệm vụ',
  unsatisfactory: 'Không hoàn thành nhiệm vụ',
};

export const DISCIPLINES: Readonly<Record<string, string>> = {
  reprimand: 'Khiển trách',
  warning: 'Cảnh cáo',
  removal: 'Cách chức',
};

export const stepName = (step: string | null): string => (step ? (STEP_NAMES[step] ?? step) : '…');

/** "Nguyễn Văn An" → "Ông Nguyễn Văn An" at the start of a sentence. */
export const capitalised = (text: string): string =>
  text.charAt(0).toLocaleUpperCase('vi-VN') + text.slice(1);
