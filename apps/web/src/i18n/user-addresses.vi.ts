/**
 * Vietnamese texts of the users' mail addresses screen (administrators). Merged into `vi` as
 * `addresses`; English in user-addresses.en.ts.
 */
export const userAddressesVi = {
  nav: 'Địa chỉ thư của người dùng',
  title: 'Địa chỉ thư điện tử của người dùng',
  intro:
    'Thư thông báo nhiệm vụ (nhiệm vụ mới, nhắc việc, chuyển nhiệm vụ quá hạn) được gửi tới các địa chỉ này. Mỗi lần sửa được ghi vào nhật ký kiểm tra: ai sửa, lúc nào, địa chỉ cũ và mới.',
  search: 'Tìm theo tên hoặc tài khoản',
  searchButton: 'Tìm',
  onlyMissing: 'Chỉ người chưa có địa chỉ',
  empty: 'Không có người dùng nào phù hợp.',
  colName: 'Họ và tên',
  colUsername: 'Tài khoản',
  colEmail: 'Địa chỉ thư điện tử',
  colChanged: 'Lần sửa gần nhất',
  colActions: 'Thao tác',
  noEmail: 'Chưa có địa chỉ',
  neverChanged: 'Chưa sửa lần nào',
  changed: (when: string) => `${when}, bởi`,
  edit: (name: string) => `Sửa địa chỉ của ${name}`,
  formTitle: (name: string) => `Địa chỉ thư điện tử của ${name}`,
  emailLabel: 'Địa chỉ thư điện tử',
  emailHint: 'Ví dụ: nguyen.van.a@sonoivu.gov.vn. Phần tên miền được lưu bằng chữ thường.',
  save: 'Lưu địa chỉ',
  clear: 'Xóa địa chỉ',
  cancel: 'Hủy',
  saving: 'Đang lưu…',
  saved: (name: string, email: string) => `Đã lưu địa chỉ ${email} cho ${name}.`,
  cleared: (name: string) => `Đã xóa địa chỉ thư của ${name}; người này sẽ không nhận được thư thông báo.`,
  problems: {
    required: 'Hãy nhập địa chỉ thư điện tử, hoặc chọn “Xóa địa chỉ”.',
    syntax: 'Địa chỉ thư điện tử chưa đúng dạng (ví dụ: ten@sonoivu.gov.vn).',
    too_long: 'Địa chỉ quá dài: tối đa 254 ký tự, phần trước @ tối đa 64 ký tự.',
  },
};
