package jp.jusou.graph.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit log's secrets and its record outside the database.
 *
 * @param directory where the sealing key (when made here) and the checkpoint file live:
 * outside the database, ideally on storage the database's administrators cannot write
 * @param key the sealing key (a secret of at least 32 characters); empty: read
 * {@code keyFile}
 * @param keyFile a file holding the key; when it does not exist it is created with a
 * random key, owner-only; empty: {@code audit-key} in {@code directory}
 * @param keyId the current key's id, stored with every event it seals (rotation: give a
 * new key and id, and list the old ones in {@code previousKeys})
 * @param previousKeys keys that sealed older events, each {@code id:secret}
 * @param checkpointInterval at most one checkpoint line per this interval (0: after every
 * append)
 * @param journalDirectory where this instance writes its audit journal (one file a start,
 * {@link AuditJournal}); a local disk, fsync'd; empty: {@code journal} in
 * {@code directory}. Instances that share a database should share this folder (or have
 * their journals gathered into it) so that {@code auditChain} verifies every journal.
 */
@ConfigurationProperties("jusou.audit")
public record AuditProperties(@DefaultValue("./audit") Path directory, String key, Path keyFile,
		@DefaultValue("k1") String keyId, @DefaultValue List<String> previousKeys,
		@DefaultValue("1s") Duration checkpointInterval, Path journalDirectory) {

	Path keyPath() {
		return keyFile != null ? keyFile : directory.resolve("audit-key");
	}

	Path journalPath() {
		return journalDirectory != null ? journalDirectory : directory.resolve("journal");
	}

	Path checkpointPath() {
		return directory.resolve("checkpoints");
	}
}
