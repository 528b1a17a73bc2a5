package jp.jusou.graph.participation;

import java.security.Principal;
import java.util.List;

import graphql.GraphQLContext;
import jp.jusou.graph.access.AccessSubject;
import jp.jusou.graph.support.Idempotency;
import jp.jusou.graph.participation.ParticipationInputs.MatchParticipationInput;
import jp.jusou.graph.participation.ParticipationInputs.RecordFollowUpInput;
import jp.jusou.graph.participation.ParticipationInputs.SuggestParticipationInput;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code suggestParticipation}, {@code matchParticipation}, {@code recordFollowUp},
 * {@code lapsedMatches}.
 */
@Controller
class ParticipationController {

	/** The schema's {@code ParticipationMatchPayload}. */
	record ParticipationMatchPayload(ParticipationMatch match) {
	}

	private final ParticipationService participation;

	private final Idempotency idempotency;

	ParticipationController(ParticipationService participation, Idempotency idempotency) {
		this.participation = participation;
		this.idempotency = idempotency;
	}

	@QueryMapping
	List<ParticipationSuggestion> suggestParticipation(@Argument SuggestParticipationInput input, Principal principal,
			GraphQLContext context) {
		return participation.suggest(subject(principal, context, "suggestParticipation"), input);
	}

	@QueryMapping
	List<ParticipationMatch> lapsedMatches(@Argument Integer days, Principal principal, GraphQLContext context) {
		return participation.lapsed(subject(principal, context, "lapsedMatches"), days);
	}

	@MutationMapping
	ParticipationMatchPayload matchParticipation(@Argument MatchParticipationInput input, Principal principal,
			GraphQLContext context) {
		AccessSubject subject = subject(principal, context, "Mutation.matchParticipation");
		return idempotency.once(context, subject, "Mutation.matchParticipation", ParticipationMatchPayload.class,
				() -> new ParticipationMatchPayload(participation.match(subject, input)));
	}

	@MutationMapping
	ParticipationMatchPayload recordFollowUp(@Argument RecordFollowUpInput input, Principal principal,
			GraphQLContext context) {
		AccessSubject subject = subject(principal, context, "Mutation.recordFollowUp");
		return idempotency.once(context, subject, "Mutation.recordFollowUp", ParticipationMatchPayload.class,
				() -> new ParticipationMatchPayload(participation.followUp(subject, input)));
	}

	private static AccessSubject subject(Principal principal, GraphQLContext context, String field) {
		return AccessSubject.from(principal, context).requirePersonLevelRead(field);
	}

}
