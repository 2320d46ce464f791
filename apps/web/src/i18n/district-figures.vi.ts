/**
 * Vietnamese texts of the district's figures on the leader's dashboard (rotations, non-local commune
 * heads, heads meeting their standards). Spread into `procedureVi`; English in district-figures.en.ts.
 */
export const districtFiguresVi = {
  figures: {
    title: 'Số liệu công tác cán bộ của huyện',
    period: 'Giai đoạn',
    fromYear: 'Từ năm',
    toYear: 'Đến năm',
    asOf: 'Tính đến ngày (dd/mm/yyyy)',
    badAsOf: 'Ngày không hợp lệ: nhập dd/mm/yyyy.',
    rotations: 'Luân chuyển cán bộ',
    rotationsText: (total: number, from: string, to: string, communes: number) =>
      `${total} lượt luân chuyển từ ${from} đến ${to}, liên quan ${communes} xã, thị trấn.`,
    byYear: 'Luân chuyển theo năm',
    year: 'Năm',
    count: 'Số lượt',
    nonLocal: 'Bí thư, chủ tịch xã không phải người địa phương',
    nonLocalText: (n: number, all: number, on: string) =>
      `${n}/${all} bí thư đảng ủy, chủ tịch UBND xã, thị trấn ngày ${on} không phải người địa phương.`,
    localHolders: 'Chức danh do người địa phương đảm nhiệm',
    localHolder: (post: string, unit: string, holder: string) => `${post}, ${unit}: ${holder}`,
    standards: 'Người đứng đầu đạt đủ tiêu chuẩn chức danh',
    standardsText: (n: number, all: number, on: string) =>
      `${n}/${all} người đứng đầu ngày ${on} đạt mọi tiêu chuẩn của chức danh.`,
    onDecisionText: (n: number, all: number) =>
      `${n}/${all} lượt bổ nhiệm, luân chuyển vào chức danh đứng đầu trong giai đoạn đạt đủ tiêu chuẩn vào ngày nhận chức.`,
    shortOf: 'Chưa đạt tiêu chuẩn',
    checks: {
      education_standard: 'trình độ chuyên môn',
      political_theory_standard: 'lý luận chính trị',
      state_management_standard: 'quản lý nhà nước',
      required_training: 'bồi dưỡng bắt buộc',
      party_membership: 'đảng viên',
    } as Record<string, string>,
    moves: 'Luân chuyển giữa các đơn vị',
    movesIntro: 'Bên trái: nơi cán bộ đi; bên phải: nơi cán bộ đến. Độ rộng của dải là số lượt.',
    movesYear: 'Năm',
    allYears: 'Cả giai đoạn',
    movesSummary: (total: number, pairs: number) => `${total} lượt luân chuyển theo ${pairs} hướng.`,
    fromUnit: 'Từ đơn vị',
    toUnit: 'Đến đơn vị',
    showTable: 'Hiện bảng số liệu',
    hideTable: 'Ẩn bảng số liệu',
    movesTable: 'Bảng luân chuyển: từ đơn vị, đến đơn vị, số lượt',
    noMoves: 'Không có luân chuyển trong giai đoạn này.',
    downloadCsv: 'Tải CSV',
    downloadOf: (what: string) => `Tải CSV: ${what}`,
    unknownUnit: 'Không rõ',
  },
};
