package jp.jusou.graph.audit;

import java.util.List;

import jp.jusou.graph.request.AuditEntry;

/**
 * Where {@link AuditWriter} makes a batch of requests' audit records durable: returns
 * only once they are, or throws and none of them is.
 */
interface DurableAppend {

	void appendDurably(List<AuditEntry> entries);

}
