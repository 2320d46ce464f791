import type { Sentence } from './conference-refusal-messages';
import type { ApiLanguage } from './request-language';

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/**
 * A request body refused before any route reads it (the body parser, json-only, the CSV import's
 * reader: 400, 413, 415), in Vietnamese and English from its params. These name no field, so they are
 * the body's own code, not a field problem.
 */
export const REQUEST_BODY_MESSAGES: Record<string, Record<ApiLanguage, Sentence>> = {
  body_too_large: {
    vi: (p) =>
      p.limitKb !== undefined
        ? `Nội dung yêu cầu quá lớn (tối đa ${text(p.limitKb)} kB).`
        : 'Nội dung yêu cầu quá lớn.',
    en: (p) =>
      p.limitKb !== undefined
        ? `The request body is too large (limit ${text(p.limitKb)} kB).`
        : 'The request body is too large.',
  },
  body_not_json: {
    vi: () => 'Nội dung yêu cầu không phải JSON hợp lệ.',
    en: () => 'The request body is not valid JSON.',
  },
  unsupported_encoding: {
    vi: () => 'Nội dung yêu cầu dùng kiểu nén (Content-Encoding) không được hỗ trợ.',
    en: () => 'The request body has an unsupported encoding.',
  },
  unsupported_charset: {
    vi: () => 'Nội dung yêu cầu dùng bảng mã (charset) không được hỗ trợ: hãy gửi UTF-8.',
    en: () => 'The request body has an unsupported charset: send UTF-8.',
  },
  body_unreadable: {
    vi: () => 'Không đọc được nội dung yêu cầu (nội dung có khớp với Content-Encoding không?).',
    en: () => 'The request body could not be read (does it match its Content-Encoding?).',
  },
  json_only: {
    vi: (p) => `Đường dẫn này nhận JSON: hãy gửi nội dung dạng application/json, không phải ${text(p.type)}.`,
    en: (p) => `This route takes JSON: send the body as application/json, not ${text(p.type)}.`,
  },
  csv_only: {
    vi: (p) =>
      p.type
        ? `Hãy gửi tệp dạng text/csv (UTF-8), không phải ${text(p.type)}.`
        : 'Hãy gửi tệp dạng text/csv (UTF-8): yêu cầu không nêu kiểu nội dung.',
    en: (p) =>
      p.type
        ? `Send the file as text/csv (UTF-8), not ${text(p.type)}.`
        : 'Send the file as text/csv (UTF-8): the request names no content type.',
  },
  csv_charset: {
    vi: (p) => `Hãy gửi tệp mã hóa UTF-8, không phải ${text(p.charset)}.`,
    en: (p) => `Send the file as UTF-8, not ${text(p.charset)}.`,
  },
  document_too_large: {
    vi: (p) => `Tài liệu lớn hơn ${text(p.limitMb)} MB.`,
    en: (p) => `The document is larger than ${text(p.limitMb)} MB.`,
  },
  file_too_large: {
    vi: (p) => `Tệp lớn hơn ${text(p.limitMb)} MB: hãy chia thành các tệp nhỏ hơn rồi nhập từng tệp.`,
    en: (p) => `The file is larger than ${text(p.limitMb)} MB: split it into smaller files and import each.`,
  },
};
