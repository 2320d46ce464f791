import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { batch, batchItem } from '../test/rotation-fixtures';
import { renderPanel } from '../test/render';
import { batchHandled, batchSettled } from './batch-logic';
import { BatchProgress } from './batch-progress';
import { BatchRows } from './batch-rows';

const REFUSED = batchItem({
  index: 2,
  cadreName: 'Lê Văn Cường',
  status: 'refused',
  workflowId: null,
  procedureState: null,
  procedureStage: null,
  problems: [{ field: 'toPostId', problem: 'the post is held and replaceHolder is not set' }],
});

describe('a batch of rotations', () => {
  it('is still starting while a row is proposed or started without its first step, settled after', () => {
    const starting = batch([
      batchItem(),
      batchItem({ index: 1, status: 'started', procedureState: null, procedureStage: null }),
      batchItem({
        index: 2,
        status: 'proposed',
        workflowId: null,
        procedureState: null,
        procedureStage: null,
      }),
    ]);
    expect(batchSettled(starting)).toBe(false);
    expect(batchHandled(starting)).toBe(1);
    const settled = batch([batchItem(), REFUSED]);
    expect(batchSettled(settled)).toBe(true);
    expect(batchHandled(settled)).toBe(2);
  });

  it('shows a progress bar and the counts in words', () => {
    const view = batch([
      batchItem(),
      batchItem({
        index: 1,
        status: 'proposed',
        workflowId: null,
        procedureState: null,
        procedureStage: null,
      }),
      REFUSED,
    ]);
    renderPanel(<BatchProgress batch={view} />);
    const bar = screen.getByRole('progressbar', { name: 'Đã xử lý 2/3 trường hợp' }) as HTMLProgressElement;
    expect(bar.value).toBe(2);
    expect(bar.max).toBe(3);
    expect(screen.getByTestId('batch-progress-text').textContent).toContain('Đang khởi tạo các quy trình');
    const counts = screen.getByTestId('batch-counts');
    expect(within(counts).getByText('Chờ khởi tạo').nextSibling?.textContent).toBe('1');
    expect(within(counts).getByText('Bị từ chối').nextSibling?.textContent).toBe('1');
    expect(within(counts).getByText('Đang xem xét').nextSibling?.textContent).toBe('1');
  });

  it('lists the rows with names, the state in words, and a refused row’s problems at its field', () => {
    renderPanel(<BatchRows items={[batchItem(), REFUSED]} />);
    const [started, refused] = screen.getAllByTestId('batch-row');
    expect(started.textContent).toContain('Nguyễn Văn An');
    expect(started.textContent).toContain('Đang xem xét');
    expect(within(started).getByRole('link', { name: 'Mở quy trình' }).getAttribute('href')).toBe(
      '/rotations/CB-0007/1',
    );
    expect(refused.textContent).toContain('Bị từ chối');
    expect(refused.textContent).toContain(
      'Chức danh ở đơn vị nhận: the post is held and replaceHolder is not set',
    );
    expect(within(refused).queryByRole('link')).toBeNull();
  });

  it('writes a coded problem of a refused row in the user’s language, the other field by its label', () => {
    const repeated = batchItem({
      ...REFUSED,
      problems: [
        {
          field: 'rotations[2].cadreId',
          problem: 'repeats the cadre of rotations[0]',
          code: 'repeated_cadre',
          params: { cadre: 'CB-0009', first: 'rotations[0]' },
        },
        {
          field: 'rotations[2].toPostId',
          problem: 'names an inactive post (DH-QL-PCT)',
          code: 'inactive_post',
          params: { post: 'DH-QL-PCT' },
        },
      ],
    });
    renderPanel(<BatchRows items={[repeated]} />);
    const row = screen.getByTestId('batch-row');
    expect(row.textContent).toContain('Chức danh ở đơn vị nhận: Chức danh DH-QL-PCT đã ngừng sử dụng.');
    expect(row.textContent).toContain('Cán bộ CB-0009 đã có ở trường hợp số 1.');
    expect(row.textContent).not.toContain('names an inactive post');
  });
});
