package org.pnpflow.publicstatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.pnpflow.process.ProgramClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How often the public status check may be asked: so many checks per client address per
 * window, and so many failed attempts per file number before that file number's check is
 * locked for the rest of its window (a date of birth cannot be guessed by trying them
 * all).
 *
 * <p>
 * Counts are kept in this instance's memory, in fixed windows that start with the first
 * request of a key; ended windows are dropped, and at most
 * {@code pnp.public-status.max-tracked} keys of each kind are held. In a cluster each
 * node counts its own.
 */
@Component
class StatusCheckLimiter {

	private static final Logger log = LoggerFactory.getLogger(StatusCheckLimiter.class);

	private final Counters requests;

	private final Counters failures;

	private final ProgramClock clock;

	StatusCheckLimiter(PublicStatusProperties properties, ProgramClock clock) {
		this.requests = new Counters(properties.getMaxRequests(), properties.getWindow(), properties.getMaxTracked());
		this.failures = new Counters(properties.getMaxFailedAttempts(), properties.getFailedAttemptsWindow(),
				properties.getMaxTracked());
		this.clock = clock;
	}

	/**
	 * Counts a check from the address: empty when it may go on, otherwise how long the
	 * address must wait.
	 */
	Optional<Duration> admit(String address) {
		return this.requests.count(address, this.clock.now());
	}

	/**
	 * How long the file number's check stays locked by failed attempts; empty when it is
	 * not.
	 */
	Optional<Duration> lockedFor(String fileNumber) {
		return this.failures.reached(fileNumber, this.clock.now());
	}

	/** Counts a failed attempt (unknown file number or wrong date of birth). */
	void failed(String fileNumber) {
		Instant now = this.clock.now();
		this.failures.count(fileNumber, now);
		this.failures.reached(fileNumber, now)
			.ifPresent((wait) -> log.warn("Public status check of {} locked for {} after too many failed attempts",
					fileNumber, wait));
	}

	/**
	 * Counts per key in fixed windows; thread-safe, and bounded: ended windows are swept
	 * out, and when the table is full a new key is refused until room is made.
	 */
	static final class Counters {

		private final int limit;

		private final Duration length;

		private final int capacity;

		private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

		private final AtomicReference<Instant> nextSweep = new AtomicReference<>(Instant.MIN);

		Counters(int limit, Duration length, int capacity) {
			if (limit < 1 || length.isNegative() || length.isZero() || capacity < 1) {
				throw new IllegalArgumentException("pnp.public-status limits must be positive: " + limit + " per "
						+ length + ", " + capacity + " tracked");
			}
			this.limit = limit;
			this.length = length;
			this.capacity = capacity;
		}

		/**
		 * Counts one for the key; empty while the key stays within its limit, otherwise
		 * how long until its window ends.
		 */
		Optional<Duration> count(String key, Instant now) {
			sweepIfDue(now);
			if (!this.windows.containsKey(key) && this.windows.size() >= this.capacity) {
				sweep(now);
				if (this.windows.size() >= this.capacity) {
					return Optional.of(untilOldestEnds(now));
				}
			}
			Window window = this.windows.compute(key,
					(any, current) -> current == null || current.hasEnded(now, this.length) ? new Window(now, 1)
							: current.plusOne());
			return window.count() > this.limit ? Optional.of(window.remaining(now, this.length)) : Optional.empty();
		}

		/**
		 * Whether the key has used up its limit, without counting: how long until its
		 * window ends, or empty. A key not yet counted while the table is full counts as
		 * having reached it.
		 */
		Optional<Duration> reached(String key, Instant now) {
			Window window = this.windows.get(key);
			if (window == null || window.hasEnded(now, this.length)) {
				if (this.windows.size() >= this.capacity) {
					sweep(now);
					if (this.windows.size() >= this.capacity) {
						return Optional.of(untilOldestEnds(now));
					}
				}
				return Optional.empty();
			}
			return window.count() >= this.limit ? Optional.of(window.remaining(now, this.length)) : Optional.empty();
		}

		int size() {
			return this.windows.size();
		}

		private void sweepIfDue(Instant now) {
			Instant due = this.nextSweep.get();
			if (!now.isBefore(due) && this.nextSweep.compareAndSet(due, now.plus(this.length))) {
				sweep(now);
			}
		}

		private void sweep(Instant now) {
			this.windows.values().removeIf((window) -> window.hasEnded(now, this.length));
		}

		private Duration untilOldestEnds(Instant now) {
			return this.windows.values()
				.stream()
				.map((window) -> window.remaining(now, this.length))
				.min(Duration::compareTo)
				.orElse(this.length);
		}

	}

	/**
	 * A window that started with the first request of a key and how many it has counted.
	 */
	record Window(Instant start, int count) {

		/** Ended, or started "later" than now because the clock was set back. */
		boolean hasEnded(Instant now, Duration length) {
			return !now.isBefore(this.start.plus(length)) || now.isBefore(this.start);
		}

		Window plusOne() {
			return new Window(this.start, this.count + 1);
		}

		Duration remaining(Instant now, Duration length) {
			Duration remaining = Duration.between(now, this.start.plus(length));
			return remaining.isNegative() ? Duration.ZERO : remaining;
		}

	}

}
