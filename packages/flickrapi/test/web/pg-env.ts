/**
 * The PostgreSQL server the store's tests use: `FLICKRAPI_TEST_PG` (set by `.ci/run`). Without
 * it the tests are skipped with a reason, except under CI, where a missing server is a failure.
 */
import assert from 'node:assert/strict';

/** The connection string, or a skip reason; throws under CI when it is missing. */
export function testPgUrl(): { url: string; skip: false } | { url: ''; skip: string } {
  const url = process.env['FLICKRAPI_TEST_PG'];
  if (url !== undefined && url !== '') return { url, skip: false };
  assert.equal(
    process.env['CI'],
    undefined,
    'FLICKRAPI_TEST_PG is not set under CI: .ci/run must start PostgreSQL and export it',
  );

  return { url: '', skip: 'FLICKRAPI_TEST_PG is not set (see .ci/setup-system.sh)' };
}

/** A table name no other test run uses. */
export function uniqueTable(prefix: string): string {
  return `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
}
