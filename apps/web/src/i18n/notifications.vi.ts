/** Vietnamese texts of the notification settings (each user's own). Merged into `vi` as `notifications`. */
export const notificationsVi = {
  nav: 'Thông báo',
  title: 'Thông báo qua thư điện tử',
  intro:
    'Hệ thống gửi thư khi đồng chí có nhiệm vụ mới, khi nhiệm vụ sắp đến hạn (nhắc việc) và khi một nhiệm vụ quá hạn được chuyển lên đồng chí.',
  mailEnabled: 'Nhận thông báo nhiệm vụ qua thư điện tử',
  address: (email: string) => `Thư được gửi tới ${email}.`,
  noAddress:
    'Tài khoản của đồng chí chưa có địa chỉ thư điện tử nên chưa nhận được thư. Địa chỉ do văn phòng cập nhật: chỉ quản trị hệ thống mới nhập hoặc sửa được, đồng chí không tự nhập được.',
  addressOwner:
    'Địa chỉ này do quản trị hệ thống của văn phòng cập nhật; nếu cần đổi, đề nghị quản trị hệ thống sửa.',
  whoCan: (names: string) => `Quản trị hệ thống: ${names}.`,
  setItYourself: 'Đồng chí là quản trị hệ thống: cập nhật địa chỉ tại trang',
  saving: 'Đang lưu…',
  savedOn: 'Đã bật thông báo qua thư.',
  savedOff: 'Đã tắt thông báo qua thư.',
};
