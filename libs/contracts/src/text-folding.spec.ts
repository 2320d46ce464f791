import { foldVietnamese } from './text-folding';

describe('foldVietnamese', () => {
  it.each([
    ['Nguyễn Văn An', 'nguyen van an'],
    ['ĐẶNG THỊ ĐÀO', 'dang thi dao'],
    ['Trần  Quốc\tTuấn ', 'tran quoc tuan'],
    ['  Phạm\u00a0Ngọc   Ánh\n', 'pham ngoc anh'],
    ['Lê Thị Hương', 'le thi huong'],
    ['Ưng Hoàng Phúc', 'ung hoang phuc'],
    ['Quảng Lâm, Dực Yên, Đầm Hà', 'quang lam, duc yen, dam ha'],
    ['CB-0001', 'cb-0001'],
    ['', ''],
  ])('folds %p to %p', (input, folded) => expect(foldVietnamese(input)).toBe(folded));

  it('gives the same result for precomposed (NFC) and decomposed (NFD) input', () => {
    const nfc = 'Nguyễn Thị Thuỷ';
    expect(nfc.normalize('NFD')).not.toBe(nfc);
    expect(foldVietnamese(nfc.normalize('NFD'))).toBe(foldVietnamese(nfc));
    expect(foldVietnamese(nfc)).toBe('nguyen thi thuy');
  });

  it('folds every Vietnamese vowel with every tone to its base letter', () => {
    const vowels = 'aăâeêioôơuưy';
    const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
    for (const v of vowels)
      for (const tone of tones) {
        const letter = (v + tone).normalize('NFC');
        expect(foldVietnamese(letter)).toBe(v.normalize('NFD')[0]);
        expect(foldVietnamese(letter.toUpperCase())).toBe(v.normalize('NFD')[0]);
      }
  });

  it('is idempotent', () => {
    const once = foldVietnamese('Hoàng   Đức Thắng');
    expect(foldVietnamese(once)).toBe(once);
  });
});
