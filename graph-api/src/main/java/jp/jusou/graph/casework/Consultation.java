package jp.jusou.graph.casework;

import java.time.LocalDate;
import java.util.List;

import jp.jusou.graph.support.Field;
import org.neo4j.driver.Value;

/** One consultation (相談) recorded on a case. */
public record Consultation(String id, LocalDate date, List<Field> fields, List<ConsultationTopic> topics,
		ConsultationChannel channel, ConsultedBy consultedBy, String summary) {

	static Consultation from(Value map) {
		return new Consultation(map.get("id").asString(), map.get("date").asLocalDate(),
				map.get("fields").asList(value -> Field.of(value.asString()), List.of()),
				map.get("topics").asList(value -> ConsultationTopic.valueOf(value.asString()), List.of()),
				ConsultationChannel.valueOf(map.get("channel").asString()),
				ConsultedBy.valueOf(map.get("consultedBy").asString(ConsultedBy.SELF.name())),
				map.get("summary").asString(null));
	}
}
