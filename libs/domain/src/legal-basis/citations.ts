/** Citation strings, one place, so every rule check and parameter names its source the same way. */
export const CITE = {
  QD50: 'QĐ 50-QĐ/TW 2021',
  QD80: 'QĐ 80-QĐ/TW 2022',
  ND138: 'NĐ 138/2020/NĐ-CP',
  ND138_TERM: 'NĐ 138/2020/NĐ-CP Art. 41',
  ND138_PROCEDURE: 'NĐ 138/2020/NĐ-CP Art. 46',
  ND138_REAPPOINTMENT: 'NĐ 138/2020/NĐ-CP Art. 52',
  ND138_ROTATION: 'NĐ 138/2020/NĐ-CP Art. 56',
  QD377: 'QĐ 377-QĐ/TW 2025',
  QD65: 'QĐ 65-QĐ/TW 2022',
  HD06: 'HD 06-HD/BTCTW',
  QD96: 'QĐ 96-QĐ/TW 2023',
  CT45: 'Chỉ thị 45-CT/TW',
  QD727: 'QĐ 727/QĐ-BNV 2025',
  /** Asset and income declaration for personnel work (kê khai phục vụ công tác cán bộ). */
  PCTN2018_ART36: 'Luật Phòng, chống tham nhũng 2018 Art. 36',
} as const;
