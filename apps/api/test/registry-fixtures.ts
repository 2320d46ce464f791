/** Shared set-up of the registry API tests: the app on a fresh database, and a small Đầm Hà organisation. */
import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import { readApiConfig } from '@personnel/config';
import type { Role } from '@personnel/contracts';
import { createTestDatabase, temporalTestAddress, type TestDatabase } from '@personnel/persistence/testing';
import { signIn, startApp } from './api-harness';

export interface RegistryApi {
  app: INestApplication;
  db: TestDatabase;
  /** Requests signed in as a registry editor (hr_officer). */
  http(): ReturnType<typeof request.agent>;
  /** Requests with no token, or signed in with other roles. */
  as(roles: Role[] | 'anonymous'): Promise<ReturnType<typeof request.agent>>;
  close(): Promise<void>;
}

/** The API in process on a fresh, migrated database. No worker: the registry needs none. */
export async function startRegistryApi(prefix: string): Promise<RegistryApi> {
  const db = await createTestDatabase(prefix);
  const app = await startApp(
    readApiConfig({ DATABASE_URL: db.url, TEMPORAL_ADDRESS: temporalTestAddress(), LOG_LEVEL: 'silent' }),
  );
  const agent = (token?: string) => {
    const a = request.agent(app.getHttpServer());
    return token ? a.set('authorization', `Bearer ${token}`) : a;
  };
  const editor = await signIn({ app, db }, 'U-HR-REG', ['hr_officer'], null);
  return {
    app,
    db,
    http: () => agent(editor),
    as: async (roles) =>
      roles === 'anonymous' ? agent() : agent(await signIn({ app, db }, `U-${roles.join('-')}`, roles, null)),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

export const STANDARDS = {
  minEducation: 'bachelor',
  minPoliticalTheory: 'intermediate',
  minStateManagement: 'specialist',
  requiredCourseCodes: ['CT05'],
  partyMember: true,
};

/**
 * Quảng Ninh → Đầm Hà → the communes Quảng An and Quảng Lâm plus the Cơ quan Tổ chức - Nội vụ; courses
 * CT05 and QLNN; posts of Quảng An (chairman, secretary), Quảng Lâm (chairman) and the agency (head).
 */
export async function seedOrganisation(api: RegistryApi): Promise<void> {
  const post = async (path: string, body: object) => {
    const res = await api.http().post(path).send(body);
    if (res.status !== 201)
      throw new Error(`${path} ${JSON.stringify(body)} → ${res.status} ${JSON.stringify(res.body)}`);
  };
  await post('/api/v1/units', { code: 'QN', name: 'Tỉnh Quảng Ninh', level: 'province', localityCode: 'QN' });
  await post('/api/v1/units', {
    code: 'DH',
    name: 'Huyện Đầm Hà',
    level: 'district',
    parentCode: 'QN',
    localityCode: 'QN-DH',
  });
  for (const [code, name, locality] of [
    ['DH-QA', 'Xã Quảng An', 'QN-DH-QA'],
    ['DH-QL', 'Xã Quảng Lâm', 'QN-DH-QL'],
  ])
    await post('/api/v1/units', { code, name, level: 'commune', parentCode: 'DH', localityCode: locality });
  await post('/api/v1/units', {
    code: 'DH-TCNV',
    name: 'Cơ quan Tổ chức - Nội vụ',
    level: 'agency',
    parentCode: 'DH',
    localityCode: 'QN-DH',
  });
  await post('/api/v1/training-courses', { code: 'CT05', title: 'Bồi dưỡng Chỉ thị 05-CT/TW', hours: 16 });
  await post('/api/v1/training-courses', { code: 'QLNN', title: 'Quản lý nhà nước ngạch chuyên viên' });
  for (const [code, title, unitCode] of [
    ['QA-CT-UBND', 'Chủ tịch UBND xã Quảng An', 'DH-QA'],
    ['QA-BT', 'Bí thư Đảng ủy xã Quảng An', 'DH-QA'],
    ['QL-CT-UBND', 'Chủ tịch UBND xã Quảng Lâm', 'DH-QL'],
  ])
    await post('/api/v1/posts', {
      code,
      title,
      unitCode,
      isHead: true,
      requiresNonLocal: true,
      standards: STANDARDS,
    });
  await post('/api/v1/posts', {
    code: 'TCNV-TP',
    title: 'Trưởng phòng Tổ chức - Nội vụ',
    unitCode: 'DH-TCNV',
    isHead: true,
    standards: { ...STANDARDS, requiredCourseCodes: [] },
  });
}

let sequence = 0;

/** A valid POST /cadres body; the code is unique per call unless given. */
export function cadreBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sequence++;
  return {
    code: `CB-${String(sequence).padStart(4, '0')}`,
    fullName: 'Nguyễn Văn An',
    gender: 'male',
    birthDate: '1980-05-17',
    hometownLocalityCode: 'QN-DH-QL',
    ethnicity: 'Kinh',
    education: 'bachelor',
    politicalTheory: 'intermediate',
    stateManagement: 'specialist',
    partyMember: true,
    ...overrides,
  };
}

/** The fields named by a 400's details. */
export const fields = (body: { details?: { field: string }[] }) => (body.details ?? []).map((d) => d.field);

/** Creates a cadre through the API (cadreBody with the overrides); throws unless 201. */
export async function createCadre(
  api: RegistryApi,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; code: string; version: number }> {
  const res = await api.http().post('/api/v1/cadres').send(cadreBody(overrides));
  if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; code: string; version: number };
}
