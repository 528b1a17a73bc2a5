package jp.jusou.graph.identification;

import jp.jusou.graph.identification.PersonIdentification.IdentifiedPerson;
import jp.jusou.graph.identification.PersonIdentification.IdentifyPersonInput;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code identifyPerson}: the id of the person in front of a window. */
@Controller
record IdentificationController(PersonIdentification identification) {

	@MutationMapping
	@Requires(personLevel = true)
	IdentifiedPerson identifyPerson(@Argument IdentifyPersonInput input, AccessSubject subject) {
		return identification.identify(subject, input);
	}

}
