/**
 * Request deadlines watched by one timer per transport. Arming and clearing a Node timer for
 * every request is a good part of a keep-alive call's client CPU; here a request costs a
 * clock reading and a set entry, and the one timer is moved only when a request is due sooner
 * than every other one.
 */
import { monotonicNow } from '../monotonic-now.js';

/** One watched request; pass it to {@link Deadlines.delete} once the request settled. */
export interface Deadline {
  /** When it is due, on the `monotonicNow()` clock. */
  readonly at: number;
  /** What to do when it is due: typically reject the request and destroy it. */
  readonly expire: () => void;
}

/**
 * Deadlines of requests in flight. The timer does not keep the process alive on its own (the
 * request's socket does, for as long as it is open), so a program is never held up for the
 * timeout after its last reply.
 */
export class Deadlines {
  readonly #pending = new Set<Deadline>();
  #timer: NodeJS.Timeout | undefined;
  /** When the timer fires, on the `monotonicNow()` clock; `Infinity` when not armed. */
  #timerAt = Infinity;

  /** Calls `expire` once `ms` milliseconds have passed, unless the entry is deleted first. */
  add(ms: number, expire: () => void): Deadline {
    const deadline: Deadline = { at: monotonicNow() + ms, expire };
    this.#pending.add(deadline);
    if (deadline.at < this.#timerAt) this.#arm(deadline.at, ms);

    return deadline;
  }

  /** Stops watching a request that settled. The timer stays armed: it is often due anyway. */
  delete(deadline: Deadline): void {
    this.#pending.delete(deadline);
  }

  #arm(at: number, ms: number): void {
    clearTimeout(this.#timer);
    this.#timerAt = at;
    // `setTimeout` fires no earlier than asked; `#sweep` copes with a fraction of a ms early.
    this.#timer = setTimeout(this.#sweep, Math.max(1, Math.ceil(ms)));
    this.#timer.unref();
  }

  readonly #sweep = (): void => {
    this.#timer = undefined;
    this.#timerAt = Infinity;
    const now = monotonicNow();
    let next = Infinity;
    for (const deadline of this.#pending) {
      if (deadline.at <= now) {
        this.#pending.delete(deadline);
        deadline.expire();
      } else if (deadline.at < next) {
        next = deadline.at;
      }
    }
    if (next !== Infinity && next < this.#timerAt) this.#arm(next, next - now);
  };
}
