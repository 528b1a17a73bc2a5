package jp.jusou.graph.audit;

import java.util.List;

import jp.jusou.graph.request.AuditAppender;
import jp.jusou.graph.request.AuditEntry;

import org.springframework.stereotype.Component;

/**
 * Appends a write's audit records in the write's own transaction ({@link AuditLog#append}
 * joins it).
 */
@Component
class TransactionalAuditAppender implements AuditAppender {

	private final AuditLog auditLog;

	TransactionalAuditAppender(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@Override
	public void appendWithinTransaction(List<AuditEntry> entries) {
		auditLog.append(entries);
	}

}
