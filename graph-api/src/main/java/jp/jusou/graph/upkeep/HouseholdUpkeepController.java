package jp.jusou.graph.upkeep;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.upkeep.HouseholdUpkeepInputs.AddHouseholdMemberInput;
import jp.jusou.graph.upkeep.HouseholdUpkeepInputs.MemberContactInput;
import jp.jusou.graph.upkeep.HouseholdUpkeepInputs.MemberLeavingInput;
import jp.jusou.graph.upkeep.HouseholdUpkeepInputs.MoveHouseholdInput;
import jp.jusou.graph.upkeep.HouseholdUpkeepInputs.ReassessPatternsInput;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code addHouseholdMember}, {@code recordMemberLeaving}, {@code updateMemberContact},
 * {@code moveHousehold}, {@code reassessHouseholdPatterns}.
 */
@Controller
record HouseholdUpkeepController(HouseholdUpkeepService upkeep) {

	/** What every upkeep mutation answers. */
	record HouseholdChangePayload(HouseholdChange change) {
	}

	@MutationMapping
	@Requires(personLevel = true)
	HouseholdChangePayload addHouseholdMember(@Argument AddHouseholdMemberInput input, AccessSubject subject) {
		return new HouseholdChangePayload(upkeep.addMember(subject, input));
	}

	@MutationMapping
	@Requires(personLevel = true)
	HouseholdChangePayload recordMemberLeaving(@Argument MemberLeavingInput input, AccessSubject subject) {
		return new HouseholdChangePayload(upkeep.memberLeft(subject, input));
	}

	@MutationMapping
	@Requires(personLevel = true)
	HouseholdChangePayload updateMemberContact(@Argument MemberContactInput input, AccessSubject subject) {
		return new HouseholdChangePayload(upkeep.updateContact(subject, input));
	}

	@MutationMapping
	@Requires(personLevel = true)
	HouseholdChangePayload moveHousehold(@Argument MoveHouseholdInput input, AccessSubject subject) {
		return new HouseholdChangePayload(upkeep.move(subject, input));
	}

	@MutationMapping
	@Requires(personLevel = true)
	HouseholdChangePayload reassessHouseholdPatterns(@Argument ReassessPatternsInput input, AccessSubject subject) {
		return new HouseholdChangePayload(upkeep.reassess(subject, input));
	}

}
