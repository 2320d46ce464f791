import PDFDocument from 'pdfkit';
import type { DocumentBlock, OfficialDocument, SignatureBlock } from '@personnel/domain';
import { fontBytes, FONTS, type FontName } from './fonts';
import { INDENT, LINE_GAP, MM, PAGE, PARAGRAPH_GAP, SIZE } from './layout';

type Pdf = PDFKit.PDFDocument;

export interface RenderOptions {
  /**
   * The instant written as the PDF's creation date. Fixed by the caller (the document's own date), so
   * the same facts give the same bytes, not only the same text.
   */
  createdAt: Date;
}

/** The draft mark (NĐ 30: a draft is marked as such), on every page of a paper not yet issued. */
export const DRAFT_MARK = 'DỰ THẢO';

/** The narrowest table column: "STT" in bold at the table's size, with its padding. */
const MIN_COLUMN = 34;

/**
 * Lays an official document out on A4 as NĐ 30/2020 (or HD 36 for Party papers) prescribes: the
 * two-column header (issuer and number left; national header or the Party's name, place and date
 * right), the kind and subject centred, the bases, the body, recipients bottom left and the
 * signature bottom right; page numbers from page 2, top centre. Only embedded Tinos is used.
 */
export function renderPdf(document: OfficialDocument, options: RenderOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    autoFirstPage: false,
    pdfVersion: '1.7',
    lang: 'vi-VN',
    info: {
      Title: document.documentTitle,
      Author: document.header.body,
      Creator: 'personnel-workflows',
      Producer: 'personnel-workflows (pdfkit)',
      CreationDate: options.createdAt,
    },
  });
  for (const name of Object.keys(FONTS) as FontName[]) doc.registerFont(name, fontBytes(name));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  if (document.draft) doc.on('pageAdded', () => watermark(doc));
  doc.addPage();
  new Layout(doc).document(document);
  pageNumbers(doc);
  doc.end();
  return done;
}

class Layout {
  private readonly left: number;
  private readonly width: number;

  constructor(private readonly doc: Pdf) {
    this.left = PAGE.margins.left;
    this.width = doc.page.width - PAGE.margins.left - PAGE.margins.right;
  }

  document(d: OfficialDocument): void {
    if (d.draft) this.line(DRAFT_MARK, 'bold', SIZE.body, { align: 'left' });
    this.header(d);
    this.doc.moveDown(1.2);
    this.centred(d.title, 'bold', SIZE.title);
    if (d.subject) {
      this.centred(d.subject, 'bold', SIZE.subject);
      this.rule(this.doc.y + 2, this.width / 4);
      this.doc.y += 8;
    }
    if (d.authority) {
      this.doc.moveDown(0.6);
      this.centred(d.authority, 'bold', SIZE.subject);
    }
    if (d.bases.length > 0) this.doc.moveDown(0.6);
    for (const basis of d.bases) this.paragraph(basis, 'italic');
    this.doc.moveDown(0.4);
    for (const block of d.blocks) this.block(block);
    this.closing(d);
  }

  private header(d: OfficialDocument): void {
    const doc = this.doc;
    const top = doc.y;
    const leftWidth = this.width * 0.42;
    const rightX = this.left + this.width * 0.44;
    const rightWidth = this.width * 0.56;
    // Left: cơ quan chủ quản, the issuing body (bold) with a short rule under it, then the number.
    doc.y = top;
    if (d.header.parentBody) this.at(d.header.parentBody, 'regular', SIZE.body, this.left, leftWidth);
    this.at(d.header.body, 'bold', SIZE.body, this.left, leftWidth);
    this.rule(doc.y + 1, leftWidth / 3, this.left + leftWidth / 3);
    doc.y += 6;
    const numberY = doc.y;
    this.at(d.header.number, 'regular', SIZE.number, this.left, leftWidth);
    const leftBottom = doc.y;
    // Right: the national header and motto (state) or the Party's name, underlined, then place and date.
    doc.y = top;
    const [first, ...rest] = d.header.nationalLines;
    this.at(first, 'bold', SIZE.nationalHeader, rightX, rightWidth);
    for (const line of rest)
      this.at(line, d.format === 'state' ? 'bold' : 'regular', SIZE.motto, rightX, rightWidth);
    const underlined = rest[rest.length - 1] ?? first;
    doc.font('bold').fontSize(SIZE.motto);
    const ruleWidth = Math.min(doc.widthOfString(underlined), rightWidth);
    this.rule(doc.y + 1, ruleWidth, rightX + (rightWidth - ruleWidth) / 2);
    doc.y = Math.max(doc.y + 6, numberY);
    this.at(d.header.placeAndDate, 'italic', SIZE.placeAndDate, rightX, rightWidth);
    doc.x = this.left;
    doc.y = Math.max(doc.y, leftBottom);
  }

  private block(block: DocumentBlock): void {
    switch (block.kind) {
      case 'heading':
        this.doc.moveDown(0.3);
        this.centred(block.text, 'bold', SIZE.text);
        this.doc.moveDown(0.2);
        return;
      case 'paragraph': {
        const font: FontName = block.bold
          ? block.italic
            ? 'boldItalic'
            : 'bold'
          : block.italic
            ? 'italic'
            : 'regular';
        if (block.center) this.centred(block.text, font, SIZE.text);
        else this.paragraph(block.text, font);
        return;
      }
      case 'table':
        this.table(block.widths, block.header, block.rows);
        return;
    }
  }

  private paragraph(text: string, font: FontName): void {
    this.doc.font(font).fontSize(SIZE.text).text(text, this.left, this.doc.y, {
      width: this.width,
      align: 'justify',
      indent: INDENT,
      lineGap: LINE_GAP,
      paragraphGap: PARAGRAPH_GAP,
    });
  }

  private table(widths: number[], header: string[], rows: string[][]): void {
    const doc = this.doc;
    const total = widths.reduce((a, b) => a + b, 0);
    // A column narrower than "STT" in bold would break the word: the others give way to it.
    const narrow = widths.map((w) => (w / total) * this.width < MIN_COLUMN);
    const rest = widths.reduce((a, w, i) => (narrow[i] ? a : a + w), 0);
    const free = this.width - MIN_COLUMN * narrow.filter(Boolean).length;
    const columns = widths.map((w, i) => (narrow[i] ? MIN_COLUMN : (w / rest) * free));
    const pad = 3;
    const drawRow = (cells: string[], font: FontName) => {
      doc.font(font).fontSize(SIZE.table);
      const height =
        Math.max(
          ...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: columns[i] - 2 * pad })),
        ) +
        2 * pad;
      if (doc.y + height > doc.page.height - PAGE.margins.bottom) doc.addPage();
      const y = doc.y;
      let x = this.left;
      cells.forEach((cell, i) => {
        doc.rect(x, y, columns[i], height).lineWidth(0.6).stroke();
        doc
          .font(font)
          .fontSize(SIZE.table)
          .text(cell, x + pad, y + pad, {
            width: columns[i] - 2 * pad,
            align: font === 'bold' || i === 0 ? 'center' : 'left',
          });
        x += columns[i];
      });
      doc.x = this.left;
      doc.y = y + height;
    };
    doc.moveDown(0.2);
    drawRow(header, 'bold');
    for (const row of rows) drawRow(row, 'regular');
    if (rows.length === 0)
      drawRow(
        header.map((_, i) => (i === 1 ? '(không có)' : '')),
        'italic',
      );
    doc.y += PARAGRAPH_GAP;
  }

  /** Recipients bottom left, the signature(s) bottom right (or side by side), kept on one page. */
  private closing(d: OfficialDocument): void {
    const doc = this.doc;
    // What the closing takes: the recipients' lines, or each signature's lines, the space to sign and the name.
    const signatureHeight = Math.max(
      d.recipients.length > 0 ? 16 + 14 * d.recipients.length : 0,
      ...d.signatures.map((s) => 18 * s.lines.length + 56 + 20),
    );
    doc.moveDown(0.8);
    if (doc.y + signatureHeight > doc.page.height - PAGE.margins.bottom) doc.addPage();
    const top = doc.y;
    let bottom = top;
    if (d.recipients.length > 0) {
      const width = this.width * 0.45;
      doc.y = top;
      this.at('Nơi nhận:', 'boldItalic', SIZE.recipientsTitle, this.left, width, 'left');
      for (const r of d.recipients) this.at(`- ${r}`, 'regular', SIZE.recipients, this.left, width, 'left');
      bottom = Math.max(bottom, doc.y);
    }
    const signatures = d.signatures;
    const slot =
      signatures.length === 1 || d.recipients.length > 0 ? this.width * 0.5 : this.width / signatures.length;
    signatures.forEach((s, i) => {
      const x =
        signatures.length === 1 || d.recipients.length > 0
          ? this.left + this.width - slot * (signatures.length - i)
          : this.left + slot * i;
      bottom = Math.max(bottom, this.signature(s, x, slot, top));
    });
    doc.x = this.left;
    doc.y = bottom;
  }

  private signature(s: SignatureBlock, x: number, width: number, top: number): number {
    const doc = this.doc;
    doc.y = top;
    s.lines.forEach((line, i) => {
      const uppercase = line === line.toLocaleUpperCase('vi-VN');
      this.at(
        line,
        i === 0 || uppercase ? 'bold' : 'italic',
        i === 0 || uppercase ? SIZE.signature : SIZE.table,
        x,
        width,
      );
    });
    doc.y += 56;
    if (s.name) this.at(s.name, 'bold', SIZE.signature, x, width);
    return doc.y;
  }

  private centred(text: string, font: FontName, size: number): void {
    this.at(text, font, size, this.left, this.width);
  }

  private line(text: string, font: FontName, size: number, options: { align: 'left' | 'center' }): void {
    this.at(text, font, size, this.left, this.width, options.align);
  }

  private at(
    text: string,
    font: FontName,
    size: number,
    x: number,
    width: number,
    align: 'left' | 'center' = 'center',
  ): void {
    this.doc.font(font).fontSize(size).text(text, x, this.doc.y, { width, align, lineGap: 0.5 });
  }

  private rule(y: number, width: number, x: number = this.left + (this.width - width) / 2): void {
    this.doc
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(0.6)
      .stroke();
  }
}

function watermark(doc: Pdf): void {
  const { width, height } = doc.page;
  doc.save();
  doc.rotate(-35, { origin: [width / 2, height / 2] });
  doc
    .font('bold')
    .fontSize(SIZE.watermark)
    .fillColor('#c8c8c8')
    .fillOpacity(0.35)
    .text(DRAFT_MARK, 0, height / 2 - SIZE.watermark / 2, { width, align: 'center', lineBreak: false });
  doc.restore();
  doc.fillColor('black').fillOpacity(1);
  doc.x = PAGE.margins.left;
  doc.y = PAGE.margins.top;
}

/** NĐ 30: pages are numbered from the second, in the top margin's centre. */
function pageNumbers(doc: Pdf): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const top = doc.page.margins.top;
    doc.page.margins.top = 0;
    doc
      .font('regular')
      .fontSize(SIZE.body)
      .text(String(i + 1), 0, 10 * MM, {
        width: doc.page.width,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.top = top;
  }
}
