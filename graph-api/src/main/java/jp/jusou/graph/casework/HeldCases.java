package jp.jusou.graph.casework;

import jp.jusou.graph.agency.AgencyService;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NoBasisException;
import jp.jusou.graph.support.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * A case as the user's agency holds it: the one place that says "only the agency holding
 * the case may change it" for closing, reopening and referring.
 */
@Component
public record HeldCases(NamedQueries graph, AgencyService agencies) {

	/** The case, which must be held by the user's agency. */
	CaseRecord ownCase(AccessSubject subject, String caseId, String verb) {
		CaseRecord from = caseById(caseId, "input.caseId");
		AgencyService.StaffMembership membership = agencies.membership(subject.staffId());
		if (membership == null || membership.agency() == null || !membership.agency().id().equals(from.agency().id())) {
			throw new NoBasisException("input.caseId",
					"only the agency holding the case may " + verb + " it (ケースを持つ機関のみ操作できます)");
		}
		return from;
	}

	/** The case, which must be open and held by the user's agency. */
	CaseRecord ownOpenCase(AccessSubject subject, String caseId, String verb) {
		CaseRecord from = ownCase(subject, caseId, verb);
		if (!from.open()) {
			throw new InvalidArgumentException("input.caseId", "case-open",
					"the case closed on " + from.closed() + " (終了したケースです)");
		}
		return from;
	}

	public CaseRecord caseById(String caseId, String argument) {
		return graph.query("case-by-id")
			.bind(caseId)
			.to("caseId")
			.fetchAs(CaseRecord.class)
			.mappedBy((types, record) -> CaseRecord.from(record))
			.one()
			.orElseThrow(() -> new NotFoundException(argument, "case", caseId));
	}

}
