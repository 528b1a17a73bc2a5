package jp.jusou.graph.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The chain head written outside the database after appends (at most one line per {@code
 * jusou.audit.checkpoint-interval}, and always the newest head once the interval has
 * passed: an append inside the interval is written at its end, so no append stays
 * uncovered for longer than the interval): an append-only file of sealed lines
 * {@code sequence lastHash keyId
 * seal}. A store that lost events since (deleted, or an older backup restored) is "behind
 * the last checkpoint", and one whose events were replaced after a checkpoint no longer
 * has the hash that checkpoint saw — neither of which the graph alone could show.
 */
@Component
class AuditCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

	/** A checkpoint line; {@code sealed} is false when its seal does not verify. */
	record Checkpoint(long sequence, String lastHash, boolean sealed) {
	}

	/**
	 * What the file holds: from which sequence on the service sealed events (events
	 * before it may carry the unkeyed hash of an older version), whether that first
	 * line's seal holds, and the checkpoints.
	 */
	record Record(Long sealedFrom, boolean fromSealed, List<Checkpoint> checkpoints) {

		static final Record NONE = new Record(null, true, List.of());

	}

	private final Path file;

	private final AuditSeal seal;

	private final Duration interval;

	/** Writes the newest head at the end of the interval (the trailing edge). */
	private final ScheduledExecutorService trailingEdge = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "audit-checkpoint");
		thread.setDaemon(true);
		return thread;
	});

	private Instant lastWritten = Instant.MIN;

	private long writtenSequence = -1;

	/** The newest head not yet written, or null; written when the interval ends. */
	private long[] pendingSequences;

	private String pendingHash;

	AuditCheckpoints(AuditProperties properties, AuditSeal seal) {
		this.file = properties.checkpointPath().toAbsolutePath();
		this.seal = seal;
		this.interval = properties.checkpointInterval();
	}

	/**
	 * Appends the head an append committed; when one was written less than the interval
	 * ago, the newest head is written as soon as the interval has passed. A failure is
	 * logged: the append itself stands.
	 */
	synchronized void record(long firstSequence, long sequence, String lastHash) {
		if (sequence <= writtenSequence) {
			return;
		}
		Instant now = Instant.now();
		boolean first = !Files.exists(file);
		if (!first && now.isBefore(lastWritten.plus(interval))) {
			boolean scheduled = pendingSequences != null;
			if (pendingSequences == null || sequence > pendingSequences[1]) {
				pendingSequences = new long[] { firstSequence, sequence };
				pendingHash = lastHash;
			}
			if (!scheduled) {
				long delay = Math.max(1, Duration.between(now, lastWritten.plus(interval)).toMillis());
				trailingEdge.schedule(this::writePending, delay, TimeUnit.MILLISECONDS);
			}
			return;
		}
		write(first, firstSequence, sequence, lastHash);
	}

	/** At a graceful stop: the newest head is written, whatever the interval. */
	@PreDestroy
	void stop() {
		trailingEdge.shutdownNow();
		writePending();
	}

	/** Writes the newest head that came within the last interval, if any is left. */
	synchronized void writePending() {
		if (pendingSequences != null) {
			long[] sequences = pendingSequences;
			pendingSequences = null;
			if (sequences[1] > writtenSequence) {
				write(!Files.exists(file), sequences[0], sequences[1], pendingHash);
			}
		}
	}

	private void write(boolean first, long firstSequence, long sequence, String lastHash) {
		lastWritten = Instant.now();
		writtenSequence = sequence;
		pendingSequences = null;
		String body = sequence + " " + lastHash + " " + seal.currentKeyId();
		try {
			Files.createDirectories(file.getParent());
			StringBuilder lines = new StringBuilder();
			if (first) {
				String from = "from " + firstSequence + " " + seal.currentKeyId();
				lines.append(from).append(' ').append(seal.seal(from)).append('\n');
			}
			lines.append(body).append(' ').append(seal.seal(body)).append('\n');
			Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			log.error("The audit checkpoint could not be written to {}: {}", file, ex.getClass().getSimpleName());
		}
	}

	/** The file's first line and every checkpoint written, oldest first. */
	synchronized Record read() {
		if (!Files.exists(file)) {
			return Record.NONE;
		}
		try {
			Long sealedFrom = null;
			boolean fromSealed = false;
			List<Checkpoint> checkpoints = new ArrayList<>();
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String[] parts = line.strip().split(" ");
				if (parts.length == 4 && parts[0].equals("from") && sealedFrom == null) {
					sealedFrom = Long.parseLong(parts[1]);
					fromSealed = seal.verifies(parts[2], parts[0] + " " + parts[1] + " " + parts[2], parts[3]);
				}
				else if (parts.length == 4) {
					String body = parts[0] + " " + parts[1] + " " + parts[2];
					checkpoints.add(new Checkpoint(Long.parseLong(parts[0]), parts[1],
							seal.verifies(parts[2], body, parts[3])));
				}
				else {
					checkpoints.add(new Checkpoint(0, "", false));
				}
			}
			return new Record(sealedFrom, sealedFrom != null && fromSealed, checkpoints);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit checkpoints " + file, ex);
		}
		catch (NumberFormatException ex) {
			return new Record(null, false, List.of(new Checkpoint(0, "", false)));
		}
	}

}
