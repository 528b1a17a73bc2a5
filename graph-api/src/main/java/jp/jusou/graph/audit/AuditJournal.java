package jp.jusou.graph.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import jp.jusou.graph.request.AuditEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * This instance's audit journal: an append-only file on local disk, outside the
 * database's trust domain, where every request's reads are made durable before its answer
 * leaves. Each line is sealed under the audit key and chained to the one before
 * ({@link JournalEntry}); {@link AuditWriter} hands it many requests' records at once and
 * one fsync makes them all durable. One journal file a start (locked while the instance
 * runs), each its own chain; after a failed write (its requests got no answer) the next
 * batch opens a new file. {@link AuditJournalShipper} copies the lines into the
 * database's chain, which {@code auditTrail} reads, and {@link JournalVerification}
 * checks that copy against every journal.
 */
@Component
public class AuditJournal implements DurableAppend, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AuditJournal.class);

	private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * One journal file being written: its chain so far and where its durable part ends.
	 */
	private static final class OpenFile {

		final String id;

		final Path path;

		final FileChannel channel;

		final FileLock lock;

		long sequence;

		String lastHash = JournalLines.GENESIS;

		long durableEnd;

		OpenFile(Path directory) throws IOException {
			byte[] suffix = new byte[4];
			RANDOM.nextBytes(suffix);
			this.id = STARTED.format(Instant.now()) + "-" + HexFormat.of().formatHex(suffix);
			this.path = directory.resolve(id + JournalLines.SUFFIX);
			this.channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			this.lock = channel.tryLock();
			if (lock == null) {
				channel.close();
				throw new IOException("The audit journal " + path + " is held by another process");
			}
			// the new file's name is durable too, not only its lines
			try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
				folder.force(true);
			}
		}

		void close() {
			try {
				lock.release();
				channel.close();
			}
			catch (IOException ignored) {
				// closing a journal that failed: a new one is opened
			}
		}

	}

	private final Path directory;

	private final AuditSeal seal;

	/** Lines made durable and not yet handed to the shipper. */
	private final ConcurrentLinkedQueue<JournalEntry> unshipped = new ConcurrentLinkedQueue<>();

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	private OpenFile open;

	/** Lines made durable since the start, in every file. */
	private long written;

	AuditJournal(AuditProperties properties, AuditSeal seal) {
		this.seal = seal;
		this.directory = properties.journalPath().toAbsolutePath();
		try {
			Files.createDirectories(directory);
			this.open = new OpenFile(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The audit journal could not be opened in " + directory
					+ " (jusou.audit.journal-directory must be a writable local folder)", ex);
		}
	}

	/** The id of the journal being written (its file's name without the ending). */
	public synchronized String id() {
		return open == null ? null : open.id;
	}

	/** The file of journal {@code id} in the journal folder. */
	Path fileOf(String id) {
		return directory.resolve(id + JournalLines.SUFFIX);
	}

	/** Lines made durable since the start. */
	synchronized long written() {
		return written;
	}

	/**
	 * Seals the entries as the next lines, writes them and forces them to disk; returns
	 * only once they are durable.
	 * @throws UncheckedIOException when they could not be written or forced (the file is
	 * then cut back to its last durable batch and closed; the next batch opens a new one)
	 */
	@Override
	public synchronized void appendDurably(List<AuditEntry> entries) {
		OpenFile file = current();
		long next = file.sequence;
		String previous = file.lastHash;
		List<JournalEntry> lines = new ArrayList<>(entries.size());
		List<byte[]> encoded = new ArrayList<>(entries.size());
		int size = 0;
		for (AuditEntry entry : entries) {
			JournalEntry unsealed = JournalEntry.of(entry, file.id, ++next, previous, seal.currentKeyId());
			JournalEntry line = unsealed.sealedWith(seal.seal(unsealed.canonical()));
			previous = line.hash();
			lines.add(line);
			byte[] bytes = JournalLines.encode(line);
			encoded.add(bytes);
			size += bytes.length;
		}
		ByteBuffer buffer = ByteBuffer.allocate(size);
		encoded.forEach(buffer::put);
		buffer.flip();
		try {
			long at = file.durableEnd;
			while (buffer.hasRemaining()) {
				at += file.channel.write(buffer, at);
			}
			file.channel.force(false);
		}
		catch (IOException ex) {
			giveUp(file);
			throw new UncheckedIOException("The audit journal could not be written", ex);
		}
		file.durableEnd += size;
		file.sequence = next;
		file.lastHash = previous;
		written += lines.size();
		unshipped.addAll(lines);
		listeners.forEach(Runnable::run);
	}

	private OpenFile current() {
		if (open == null) {
			try {
				open = new OpenFile(directory);
				log.warn("Audit journal {} opened after a failed write", open.id);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("No audit journal could be opened in " + directory, ex);
			}
		}
		return open;
	}

	/**
	 * After a failed write: the file ends again at its last durable batch, and is closed.
	 */
	private void giveUp(OpenFile file) {
		try {
			file.channel.truncate(file.durableEnd);
		}
		catch (IOException ignored) {
			// a line cut short is skipped when read (no newline), and its request got no
			// answer
		}
		file.close();
		open = null;
	}

	/** Runs {@code listener} after every durable batch (on the writer's thread). */
	void afterEachBatch(Runnable listener) {
		listeners.add(listener);
	}

	/** Up to {@code max} durable lines of one journal not yet taken, oldest first. */
	List<JournalEntry> takeUnshipped(int max) {
		List<JournalEntry> taken = new ArrayList<>();
		JournalEntry line;
		while (taken.size() < max && (line = unshipped.peek()) != null
				&& (taken.isEmpty() || taken.get(0).journal().equals(line.journal()))) {
			taken.add(line);
			unshipped.poll();
		}
		return taken;
	}

	/** Closes the file being written; the next batch opens a new one. */
	@Override
	public synchronized void destroy() {
		if (open != null) {
			open.close();
			open = null;
		}
	}

}
