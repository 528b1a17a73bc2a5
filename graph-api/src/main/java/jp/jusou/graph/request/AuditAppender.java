package jp.jusou.graph.request;

import java.util.List;

/**
 * Appends audit records inside the caller's transaction, so that a write and its record
 * commit together.
 */
public interface AuditAppender {

	void appendWithinTransaction(List<AuditEntry> entries);

}
