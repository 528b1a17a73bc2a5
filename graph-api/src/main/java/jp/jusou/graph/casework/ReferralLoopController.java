package jp.jusou.graph.casework;

import java.util.List;

import jp.jusou.graph.casework.ReferralAnswers.AnswerReferralInput;
import jp.jusou.graph.casework.ReferralAnswers.ReferralEntry;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.support.QueryLimits;
import jp.jusou.graph.support.Validate;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code answerReferral} and {@code referrals}: the つなぎ loop between two windows. */
@Controller
record ReferralLoopController(ReferralAnswers answers, QueryLimits limits) {

	/** The schema's {@code AnswerReferralPayload}. */
	record AnswerReferralPayload(ReferralEntry referral) {
	}

	@MutationMapping
	@Requires(personLevel = true)
	AnswerReferralPayload answerReferral(@Argument AnswerReferralInput input, AccessSubject subject) {
		return new AnswerReferralPayload(answers.answer(subject, input));
	}

	@QueryMapping
	@Requires(personLevel = true)
	List<ReferralEntry> referrals(@Argument ReferralSide side, @Argument ReferralState state, @Argument Integer first,
			AccessSubject subject) {
		return answers.list(subject, side, state,
				Validate.range("first", first == null ? 50 : first, 1, limits.maxPageSize()));
	}

}
