import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import type { CreatedWebhookSubscription, DeliveryAttemptView } from '../api/webhook-types';
import { renderPanel } from '../test/render';
import { UNITS } from '../training/training-fixtures';
import { DeliveryLog } from './delivery-log';
import { SubscriptionForm } from './subscription-form';

const CREATED: CreatedWebhookSubscription = {
  id: '5f0b8a52-8a7e-4d1a-9f5e-0a1b2c3d4e5f',
  url: 'https://luong.example.vn/hooks',
  description: 'Lương',
  eventTypes: ['vn.personnel.decision.signed'],
  unitCodes: ['DH-QA'],
  status: 'active',
  deliveredSequence: '12',
  createdAt: '2026-03-02T02:00:00.000Z',
  createdBy: 'U-ADMIN',
  workflowId: 'webhook/5f0b8a52-8a7e-4d1a-9f5e-0a1b2c3d4e5f',
  secret: 'whsec_c2VjcmV0',
};

function setup(create = vi.fn((_body: unknown) => Promise.resolve(CREATED)), locale: 'vi' | 'en' = 'vi') {
  const onCreated = vi.fn();
  renderPanel(<SubscriptionForm units={UNITS} create={create} onCreated={onCreated} />, { locale });
  return { create, onCreated, user: userEvent.setup() };
}

describe('the webhook subscription form', () => {
  it('subscribes a URL to event types and a unit chosen by name', async () => {
    const { create, onCreated, user } = setup();
    await user.type(
      screen.getByRole('textbox', { name: 'Địa chỉ nhận (http:// hoặc https://)' }),
      CREATED.url,
    );
    await user.type(screen.getByRole('textbox', { name: 'Tên hệ thống nhận' }), 'Lương');
    await user.click(screen.getByRole('checkbox', { name: 'Ký quyết định' }));
    await user.click(screen.getByRole('checkbox', { name: 'Bắt đầu giữ chức vụ' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /Chỉ đơn vị/ }), 'Xã Quảng An');
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));
    expect(create).toHaveBeenCalledWith({
      url: CREATED.url,
      description: 'Lương',
      eventTypes: ['vn.personnel.decision.signed', 'vn.personnel.assignment.started'],
      unitCodes: ['DH-QA'],
    });
    expect(onCreated).toHaveBeenCalledWith(CREATED);
  });

  it('names a bad address before sending, and shows what the API refuses (English)', async () => {
    const create = vi.fn(() =>
      Promise.reject(
        new ApiError(400, {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Invalid request: unitCodes[0] names no unit: X',
        }),
      ),
    );
    const { user } = setup(create as never, 'en');
    const url = screen.getByRole('textbox', { name: 'Receiving address (http:// or https://)' });
    await user.type(url, 'ftp://x');
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(create).not.toHaveBeenCalled();
    expect(screen.getByText('Needs an address starting with http:// or https://')).toBeTruthy();
    expect(url.getAttribute('aria-invalid')).toBe('true');
    await user.clear(url);
    await user.type(url, 'http://127.0.0.1:9/h');
    await user.click(screen.getByRole('checkbox', { name: 'Also send the events that happened before' }));
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(create).toHaveBeenCalledWith({
      url: 'http://127.0.0.1:9/h',
      eventTypes: [],
      unitCodes: [],
      startAfter: '0',
    });
    expect(await screen.findByText(/unitCodes\[0\] names no unit/)).toBeTruthy();
  });

  it('writes a coded refusal of the API from its code, in Vietnamese and in English', async () => {
    const refusal = () =>
      Promise.reject(
        new ApiError(400, {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Dữ liệu chưa hợp lệ ở trường: unitCodes[0], startAfter.',
          reason: 'Invalid request: unitCodes[0] names no unit: NO-SUCH; startAfter must be a sequence',
          code: 'invalid_request',
          params: { fields: ['unitCodes[0]', 'startAfter'] },
          details: [
            {
              field: 'unitCodes[0]',
              problem: 'Không có đơn vị NO-SUCH trong danh mục.',
              reason: 'names no unit: NO-SUCH',
              code: 'unknown_unit',
              params: { unit: 'NO-SUCH' },
            },
            {
              field: 'startAfter',
              problem: 'Trường startAfter phải là số thứ tự sự kiện gồm 1-18 chữ số, ví dụ 0 hoặc 1532.',
              reason: 'startAfter must be a sequence: 1-18 digits, e.g. 0 or 1532',
              code: 'not_sequence',
              params: { maxDigits: 18 },
            },
          ],
        }),
      );
    for (const [locale, name, button, sentences] of [
      [
        'vi',
        'Địa chỉ nhận (http:// hoặc https://)',
        'Đăng ký',
        ['Không có đơn vị NO-SUCH trong danh mục.', 'Phải là số thứ tự sự kiện gồm 1-18 chữ số.'],
      ],
      [
        'en',
        'Receiving address (http:// or https://)',
        'Subscribe',
        ['There is no unit NO-SUCH in the registry.', 'Must be an event sequence of 1-18 digits.'],
      ],
    ] as const) {
      const { user } = setup(vi.fn(refusal) as never, locale);
      await user.type(screen.getByRole('textbox', { name }), 'http://127.0.0.1:9/h');
      await user.click(screen.getByRole('button', { name: button }));
      const list = await screen.findByTestId('subscription-problems');
      expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual(sentences);
      cleanup();
    }
  });
});

const attempt = (over: Partial<DeliveryAttemptView>): DeliveryAttemptView => ({
  attemptKey: 'k1',
  eventId: 'e1',
  sequence: '12',
  eventType: 'vn.personnel.decision.signed',
  subject: 'rotation/CB-1/1',
  status: 'delivered',
  httpStatus: 204,
  error: null,
  durationMs: 8,
  attemptedAt: '2026-03-02T02:00:00.000Z',
  ...over,
});

describe('the delivery log', () => {
  it('shows each attempt with the event’s name, its result and the time in Vietnam', () => {
    renderPanel(
      <DeliveryLog
        attempts={[
          attempt({}),
          attempt({
            attemptKey: 'k2',
            status: 'timeout',
            httpStatus: null,
            error: 'no answer within 10000 ms',
          }),
        ]}
      />,
    );
    const text = screen.getByTestId('delivery-log').textContent ?? '';
    expect(text).toContain('Ký quyết định');
    expect(text).toContain('Đã nhận');
    expect(text).toContain('Quá thời gian');
    expect(text).toContain('02/03/2026');
    expect(text).toContain('rotation/CB-1/1');
  });

  it('says when nothing was sent yet, in English too', () => {
    renderPanel(<DeliveryLog attempts={[]} />, { locale: 'en' });
    expect(screen.getByText('Nothing sent yet.')).toBeTruthy();
  });
});
