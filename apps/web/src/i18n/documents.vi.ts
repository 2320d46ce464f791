/** Vietnamese texts of the official documents section ("Văn bản") of every procedure screen. */
export const documentsVi = {
  title: 'Văn bản',
  intro: 'Văn bản được tạo từ dữ liệu đã ghi nhận của thủ tục, không nhập lại.',
  empty: 'Thủ tục này chưa có văn bản.',
  loading: 'Đang tải danh sách văn bản…',
  columns: { title: 'Văn bản', state: 'Trạng thái', size: 'Dung lượng', sha: 'SHA-256', actions: 'Thao tác' },
  states: { issued: 'Đã ban hành', draft: 'Dự thảo' } as Record<'issued' | 'draft', string>,
  draftNote: 'Chưa ghi nhận bước tạo văn bản: bản xem là dự thảo, không lưu.',
  preview: 'Xem',
  download: 'Tải về',
  close: 'Đóng bản xem',
  previewOf: (title: string) => `Bản xem: ${title}`,
  opening: 'Đang mở văn bản…',
  noSize: '—',
};
