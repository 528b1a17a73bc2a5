package jp.jusou.graph.upkeep;

import java.util.function.Supplier;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Idempotency;
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
class HouseholdUpkeepController {

	/** What every upkeep mutation answers. */
	record HouseholdChangePayload(HouseholdChange change) {
	}

	private final HouseholdUpkeepService upkeep;

	private final Idempotency idempotency;

	HouseholdUpkeepController(HouseholdUpkeepService upkeep, Idempotency idempotency) {
		this.upkeep = upkeep;
		this.idempotency = idempotency;
	}

	@MutationMapping
	@Requires(personLevel = true)
	HouseholdChangePayload addHouseholdMember(@Argument AddHouseholdMemberInput input, AccessSubject subject) {
		return once(subject, () -> upkeep.addMember(subject, input));
	}

	@MutationMapping
	@Requires(personLevel = true)
	HouseholdChangePayload recordMemberLeaving(@Argument MemberLeavingInput input, AccessSubject subject) {
		return once(subject, () -> upkeep.memberLeft(subject, input));
	}

	@MutationMapping
	@Requires(personLevel = true)
	HouseholdChangePayload updateMemberContact(@Argument MemberContactInput input, AccessSubject subject) {
		return once(subject, () -> upkeep.updateContact(subject, input));
	}

	@MutationMapping
	@Requires(personLevel = true)
	HouseholdChangePayload moveHousehold(@Argument MoveHouseholdInput input, AccessSubject subject) {
		return once(subject, () -> upkeep.move(subject, input));
	}

	@MutationMapping
	@Requires(personLevel = true)
	HouseholdChangePayload reassessHouseholdPatterns(@Argument ReassessPatternsInput input, AccessSubject subject) {
		return once(subject, () -> upkeep.reassess(subject, input));
	}

	private HouseholdChangePayload once(AccessSubject subject, Supplier<HouseholdChange> change) {
		return idempotency.once(subject, HouseholdChangePayload.class, () -> new HouseholdChangePayload(change.get()));
	}

}
