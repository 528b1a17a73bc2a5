package jp.jusou.graph.upkeep;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.access.OpenCaseRule;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.support.NamedQueries;
import jp.jusou.graph.support.NoBasisException;
import jp.jusou.graph.support.NotFoundException;
import jp.jusou.graph.support.Parameters;
import jp.jusou.graph.support.Validate;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Who may keep a household's record current (upkeep, assessments): an agency holding an
 * open case about a current member — it knows the household through its own case, so
 * recording is never a way into a household it had no basis for.
 */
@Component
record HouseholdStanding(NamedQueries graph, Clock clock) {

	/** The user's agency's standing in the household. */
	record Standing(String householdId, String agencyId, String field, List<String> memberIds, boolean areaExists) {
	}

	/**
	 * Checks the ids and the date (not in the future), then the agency's open case; else
	 * a clear error.
	 */
	Standing require(AccessSubject subject, String householdIdInput, LocalDate date, String areaId) {
		String householdId = Validate.id("input.householdId", householdIdInput);
		Validate.notInFuture("input.date", date, LocalDate.now(clock));
		Record check = graph
			.single("household-upkeep-check",
					Parameters.of("staffId", subject.staffId(), "householdId", householdId, "areaId", areaId))
			.orElseThrow();
		String agencyId = check.get("agencyId").asString(null);
		if (agencyId == null) {
			throw NoBasisException.withoutAgency();
		}
		if (!check.get("householdExists").asBoolean()) {
			throw new NotFoundException("input.householdId", "household", householdId);
		}
		OpenCaseRule.require(check, "input.householdId",
				"the agency that supports the household keeps its record (世帯の情報を更新できるのは、世帯員の対応中ケースを持つ機関です)");
		return new Standing(householdId, agencyId, check.get("field").asString(null),
				check.get("memberIds").asList(Value::asString), check.get("areaExists").asBoolean());
	}

}
