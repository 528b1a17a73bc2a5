package jp.jusou.graph.household;

import jp.jusou.graph.access.Basis;

/**
 * A household member the user has a basis for; their contact details (phone, how to reach
 * them) show on the same basis as their name.
 */
public record Member(String id, String name, String relation, String ageBand, String phone, String contactNote,
		Basis basis) {

	public String relationLabel() {
		return switch (relation == null ? "" : relation) {
			case "HEAD" -> "世帯主";
			case "SPOUSE" -> "配偶者";
			case "CHILD" -> "子";
			case "MOTHER" -> "母";
			case "FATHER" -> "父";
			case "GRANDCHILD" -> "孫";
			default -> "その他";
		};
	}
}
