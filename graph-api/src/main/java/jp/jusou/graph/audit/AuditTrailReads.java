package jp.jusou.graph.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.jusou.graph.support.NamedQueries;

import org.springframework.stereotype.Component;

/** The audit log read for one person ({@code auditTrail}). */
@Component
record AuditTrailReads(NamedQueries graph) {

	/**
	 * The consents a person gave and the meetings that discussed their household: the
	 * references an audit trail of theirs may name.
	 */
	public Set<String> ownReferences(String personId) {
		Set<String> ids = new HashSet<>();
		graph.query("audit-trail-references").bind(personId).to("personId").fetch().one().ifPresent(row -> {
			((Collection<?>) row.get("consentIds")).forEach(id -> ids.add((String) id));
			((Collection<?>) row.get("meetingIds")).forEach(id -> ids.add((String) id));
		});
		return ids;
	}

	/** Staff members' names by id, for the trail's 利用者 column. */
	public Map<String, String> staffNames(Collection<String> staffIds) {
		Map<String, String> names = new HashMap<>();
		graph.query("staff-names")
			.bindAll(Map.of("staffIds", List.copyOf(staffIds)))
			.fetch()
			.all()
			.forEach(row -> names.put((String) row.get("id"), (String) row.get("name")));
		return names;
	}

	public List<AuditEvent> trail(String personId, int limit) {
		return List.copyOf(graph.query("audit-trail")
			.bindAll(Map.of("personId", personId, "limit", limit))
			.fetchAs(AuditEvent.class)
			.mappedBy((types, record) -> AuditEvent.from(record.get("event")))
			.all());
	}

}
