package jp.jusou.graph.kept;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jp.jusou.graph.support.NamedQueries;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the facts derived from the case record true on write, in the writing transaction
 * (so they commit with the write or not at all): the IsolationCandidate label
 * (fragments/isolation.cypher) that isolatedResidentsNear and the dashboard look
 * candidates up by, and the dashboard's monthly counts (fragments/dashboard.cypher) that
 * dashboard(fiscalYear) reads instead of counting the city. Every write that can change
 * who lives where with whom, a case, a plan, a meeting, a visit, a referral, a
 * participation match, a resource or an activity calls one of these after its own
 * statements. {@link KeptFactsRebuild} decides them afresh for the whole graph after a
 * bulk load.
 */
@Component
public class KeptFacts {

	private final NamedQueries graph;

	KeptFacts(NamedQueries graph) {
		this.graph = graph;
	}

	/**
	 * After a write about these persons and households (their current and former members,
	 * their meetings).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void afterWrite(Collection<String> personIds, Collection<String> householdIds) {
		graph.query("isolation-refresh")
			.bindAll(Map.of("personIds", List.copyOf(personIds), "householdIds", List.copyOf(householdIds)))
			.run();
		refreshCounts(personIds, householdIds, List.of(), List.of(), List.of());
	}

	/**
	 * After a meeting was recorded: the meeting itself and the households it discussed.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void afterMeeting(String meetingId, Collection<String> householdIds) {
		refreshCounts(List.of(), householdIds, List.of(meetingId), List.of(), List.of());
	}

	/**
	 * After a resource, or an activity held at it, was written: its kind, its area and
	 * the number of its activities are counted.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void afterResourceWrite(String resourceId) {
		refreshCounts(List.of(), List.of(), List.of(), List.of(), List.of(resourceId));
	}

	/**
	 * After an agency's field changed: the referral routes through its cases are named by
	 * it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void afterAgencyFieldChange(String agencyId) {
		refreshCounts(List.of(), List.of(), List.of(), List.of(agencyId), List.of());
	}

	private void refreshCounts(Collection<String> personIds, Collection<String> householdIds,
			Collection<String> meetingIds, Collection<String> agencyIds, Collection<String> resourceIds) {
		graph.query("dashboard-refresh")
			.bindAll(Map.of("personIds", List.copyOf(personIds), "householdIds", List.copyOf(householdIds),
					"meetingIds", List.copyOf(meetingIds), "agencyIds", List.copyOf(agencyIds), "resourceIds",
					List.copyOf(resourceIds)))
			.run();
	}

}
