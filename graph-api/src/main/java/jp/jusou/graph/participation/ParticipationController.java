package jp.jusou.graph.participation;

import java.util.List;

import jp.jusou.graph.participation.ParticipationInputs.MatchParticipationInput;
import jp.jusou.graph.participation.ParticipationInputs.RecordFollowUpInput;
import jp.jusou.graph.participation.ParticipationInputs.SuggestParticipationInput;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.support.Arguments;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code suggestParticipation}, {@code matchParticipation}, {@code recordFollowUp},
 * {@code lapsedMatches}.
 */
@Controller
record ParticipationController(ParticipationService participation) {

	/** The schema's {@code ParticipationMatchPayload}. */
	record ParticipationMatchPayload(ParticipationMatch match) {
	}

	@QueryMapping
	@Requires(personLevel = true)
	List<ParticipationSuggestion> suggestParticipation(@Argument SuggestParticipationInput input,
			AccessSubject subject) {
		return participation.suggest(subject, input);
	}

	@QueryMapping
	@Requires(personLevel = true)
	List<ParticipationMatch> lapsedMatches(@Argument Integer days, AccessSubject subject) {
		return participation.lapsed(subject, days);
	}

	@QueryMapping
	@Requires(personLevel = true)
	List<ParticipationMatch> participationMatches(@Argument String personId, AccessSubject subject) {
		return participation.of(subject, Arguments.id("personId", personId));
	}

	@MutationMapping
	@Requires(personLevel = true)
	ParticipationMatchPayload matchParticipation(@Argument MatchParticipationInput input, AccessSubject subject) {
		return new ParticipationMatchPayload(participation.match(subject, input));
	}

	@MutationMapping
	@Requires(personLevel = true)
	ParticipationMatchPayload recordFollowUp(@Argument RecordFollowUpInput input, AccessSubject subject) {
		return new ParticipationMatchPayload(participation.followUp(subject, input));
	}

}
