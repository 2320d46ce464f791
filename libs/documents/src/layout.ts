/**
 * The page and type sizes of NĐ 30/2020/NĐ-CP Phụ lục I (A4; margins top and bottom 20–25 mm, left
 * 30–35 mm, right 15–20 mm; sizes 12–14 pt by element), used for Party papers too (HD 36-HD/VPTW sets the
 * same A4 page and Times New Roman).
 */
export const MM = 72 / 25.4;

export const PAGE = {
  size: 'A4' as const,
  margins: { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM },
};

export const SIZE = {
  nationalHeader: 12.5,
  motto: 13,
  body: 13,
  number: 13,
  placeAndDate: 13,
  title: 14,
  subject: 13.5,
  text: 13.5,
  table: 12,
  recipientsTitle: 12,
  recipients: 11,
  signature: 13.5,
  watermark: 96,
};

/** First-line indent of a body paragraph (1 to 1.27 cm) and the space between paragraphs (≥ 6 pt). */
export const INDENT = 10 * MM;
export const PARAGRAPH_GAP = 6;
export const LINE_GAP = 1.5;
