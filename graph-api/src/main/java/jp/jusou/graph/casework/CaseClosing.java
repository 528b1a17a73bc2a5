package jp.jusou.graph.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import jp.jusou.graph.casework.CaseworkInputs.CaseChangeInput;
import jp.jusou.graph.kept.KeptFacts;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.PersonalDataRead;
import jp.jusou.graph.support.InvalidArgumentException;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;

import org.springframework.stereotype.Service;

/**
 * {@code closeCase} (終結) and {@code reopenCase} (再開) of a case the user's agency holds.
 */
@Service
public record CaseClosing(NamedQueries graph, HeldCases cases, Clock clock, KeptFacts keptFacts) {

	/** Closes a case the user's agency holds (終結), with the date and the reason. */
	public CaseRecord closeCase(AccessSubject subject, CaseChangeInput input) {
		Validate.id("input.caseId", input.caseId());
		String reason = Validate.text("input.reason", input.reason(), 500);
		Validate.notInFuture("input.date", input.date(), LocalDate.now(clock));
		CaseRecord found = cases.ownOpenCase(subject, input.caseId(), "close");
		if (input.date().isBefore(found.opened())) {
			throw new InvalidArgumentException("input.date", "not-before-case-opened",
					"the case opened on " + found.opened() + " (ケース開始日より前の日付です)");
		}
		return changeCase(subject, found, "casework-close", input.date(), reason);
	}

	/**
	 * Reopens a closed case the user's agency holds (再開), with the date and the reason.
	 */
	public CaseRecord reopenCase(AccessSubject subject, CaseChangeInput input) {
		Validate.id("input.caseId", input.caseId());
		String reason = Validate.text("input.reason", input.reason(), 500);
		Validate.notInFuture("input.date", input.date(), LocalDate.now(clock));
		CaseRecord found = cases.ownCase(subject, input.caseId(), "reopen");
		if (found.open()) {
			throw new InvalidArgumentException("input.caseId", "case-closed",
					"the case is open; only a closed case can be reopened (対応中のケースです)");
		}
		if (input.date().isBefore(found.closed())) {
			throw new InvalidArgumentException("input.date", "not-before-case-closed",
					"the case closed on " + found.closed() + " (終結日より前の日付です)");
		}
		return changeCase(subject, found, "casework-reopen", input.date(), reason);
	}

	private CaseRecord changeCase(AccessSubject subject, CaseRecord found, String query, LocalDate date,
			String reason) {
		graph.query(query)
			.bindAll(Parameters.of("caseId", found.id(), "date", date, "reason", reason, "staffId", subject.staffId()))
			.run();
		keptFacts.afterWrite(Set.of(found.personId()), Set.of());
		subject.recordRead(new PersonalDataRead(found.householdIds(), Set.of(found.personId()), Set.of("OWN_AGENCY"),
				Set.copyOf(found.categories()), Set.of(), Set.of(), 0));
		return cases.caseById(found.id(), "input.caseId");
	}

}
