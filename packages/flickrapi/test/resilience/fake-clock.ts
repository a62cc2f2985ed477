import { FlickrAbortError } from '../../src/errors.js';
import type { Clock } from '../../src/resilience/clock.js';

/** A clock whose sleeps return at once, moving time forward and recording each wait. */
export class FakeClock implements Clock {
  time = 0;
  readonly sleeps: number[] = [];

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted === true) return Promise.reject(new FlickrAbortError('wait'));
    this.sleeps.push(ms);
    this.time += ms;

    return Promise.resolve();
  }
}
