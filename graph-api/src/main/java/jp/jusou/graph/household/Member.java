package jp.jusou.graph.household;

import jp.jusou.graph.access.Basis;

/**
 * A household member the user has a basis for; their contact details (phone, how to reach
 * them) show on the same basis as their name.
 */
public record Member(String id, String name, String relation, String ageBand, String phone, String contactNote,
		Basis basis) {

	public String relationLabel() {
		return Relation.of(relation).orElse(Relation.OTHER).label();
	}
}
