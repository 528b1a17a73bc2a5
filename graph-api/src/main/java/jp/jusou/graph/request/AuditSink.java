package jp.jusou.graph.request;

import java.util.List;

/**
 * Where a request's audit records go before its answer leaves: the audit log. Throws when
 * the records could not be made durable, and then the answer carries no data.
 */
public interface AuditSink {

	void append(List<AuditEntry> entries);

}
