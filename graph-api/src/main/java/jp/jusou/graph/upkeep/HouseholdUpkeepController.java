package jp.jusou.graph.upkeep;

import java.security.Principal;
import java.util.function.Function;
import java.util.function.Supplier;

import graphql.GraphQLContext;
import jp.jusou.graph.access.AccessSubject;
import jp.jusou.graph.support.Idempotency;
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
	HouseholdChangePayload addHouseholdMember(@Argument AddHouseholdMemberInput input, Principal principal,
			GraphQLContext context) {
		return once("addHouseholdMember", principal, context, subject -> () -> upkeep.addMember(subject, input));
	}

	@MutationMapping
	HouseholdChangePayload recordMemberLeaving(@Argument MemberLeavingInput input, Principal principal,
			GraphQLContext context) {
		return once("recordMemberLeaving", principal, context, subject -> () -> upkeep.memberLeft(subject, input));
	}

	@MutationMapping
	HouseholdChangePayload updateMemberContact(@Argument MemberContactInput input, Principal principal,
			GraphQLContext context) {
		return once("updateMemberContact", principal, context, subject -> () -> upkeep.updateContact(subject, input));
	}

	@MutationMapping
	HouseholdChangePayload moveHousehold(@Argument MoveHouseholdInput input, Principal principal,
			GraphQLContext context) {
		return once("moveHousehold", principal, context, subject -> () -> upkeep.move(subject, input));
	}

	@MutationMapping
	HouseholdChangePayload reassessHouseholdPatterns(@Argument ReassessPatternsInput input, Principal principal,
			GraphQLContext context) {
		return once("reassessHouseholdPatterns", principal, context, subject -> () -> upkeep.reassess(subject, input));
	}

	private HouseholdChangePayload once(String field, Principal principal, GraphQLContext context,
			Function<AccessSubject, Supplier<HouseholdChange>> work) {
		String operation = "Mutation." + field;
		AccessSubject subject = AccessSubject.from(principal, context).requirePersonLevelRead(operation);
		Supplier<HouseholdChange> change = work.apply(subject);
		return idempotency.once(context, subject, operation, HouseholdChangePayload.class,
				() -> new HouseholdChangePayload(change.get()));
	}

}
