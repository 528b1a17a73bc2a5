package jp.jusou.graph.ties;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.ties.Tie.HouseholdTies;
import jp.jusou.graph.ties.TieInputs.ConfirmTieInput;
import jp.jusou.graph.ties.TieInputs.EndTieInput;
import jp.jusou.graph.ties.TieInputs.RecordTieInput;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The 見守り network: ties read per household, recorded, confirmed and ended. */
@Controller
record TiesController(Ties ties) {

	@QueryMapping
	@Requires(personLevel = true)
	HouseholdTies ties(@Argument String householdId, @Argument Boolean includeEnded, AccessSubject subject) {
		return ties.ofHousehold(subject, householdId, Boolean.TRUE.equals(includeEnded));
	}

	@MutationMapping
	@Requires(personLevel = true)
	Tie recordTie(@Argument RecordTieInput input, AccessSubject subject) {
		return ties.record(subject, input);
	}

	@MutationMapping
	@Requires(personLevel = true)
	Tie confirmTie(@Argument ConfirmTieInput input, AccessSubject subject) {
		return ties.confirm(subject, input);
	}

	@MutationMapping
	@Requires(personLevel = true)
	Tie endTie(@Argument EndTieInput input, AccessSubject subject) {
		return ties.end(subject, input);
	}

}
