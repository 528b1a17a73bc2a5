package jp.jusou.graph.timeline;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.jusou.graph.agency.Agency;
import jp.jusou.graph.meeting.MeetingKind;
import jp.jusou.graph.plan.MeetingDecision;
import jp.jusou.graph.casework.ConsultationChannel;
import jp.jusou.graph.support.Field;

/** The one-line Japanese summary of a timeline entry, from its codes. */
final class TimelineSummary {

	private static final Map<String, String> CODES = Map.ofEntries(
			// consultation channels
			Map.entry("WALK_IN", "来所"), Map.entry("PHONE", "電話"), Map.entry("VISIT", "訪問"),
			Map.entry("ONLINE", "オンライン"), Map.entry("REFERRAL", "紹介"),
			// consultation topics
			Map.entry("CARE_SERVICES", "介護サービス"), Map.entry("DISABILITY_SERVICES", "障害福祉サービス"),
			Map.entry("CHILD_REARING", "子育て"), Map.entry("MONEY", "お金・家計"), Map.entry("WORK", "仕事"),
			Map.entry("HOUSING", "住まい"), Map.entry("HEALTH", "健康"), Map.entry("ISOLATION", "孤立"),
			Map.entry("FAMILY", "家族"), Map.entry("OTHER", "その他"),
			// referral directions
			Map.entry("TO_COORDINATION", "多機関協働へ"), Map.entry("BACK_TO_AGENCY", "単独機関へ"),
			Map.entry("BETWEEN_AGENCIES", "機関間"),
			// visit outcomes
			Map.entry("MET", "会えた"), Map.entry("NOT_MET", "不在"), Map.entry("LETTER_LEFT", "手紙を置いた"),
			Map.entry("REFUSED", "拒否"),
			// signal sources
			Map.entry("WELFARE_COMMISSIONER", "民生委員"), Map.entry("NEIGHBOUR", "近隣住民"),
			Map.entry("LIFELINE", "ライフライン事業者"), Map.entry("KAYOI_NO_BA", "通いの場"), Map.entry("LINE", "LINE相談"),
			Map.entry("MEETING", "会議"),
			// consents
			Map.entry("PERMIT", "同意"), Map.entry("DENY", "拒否"), Map.entry("REVOKED", "撤回"),
			Map.entry("CASE_WORK", "相談支援"), Map.entry("PLAN_DELIBERATION", "プラン検討"),
			Map.entry("PARTICIPATION_MATCHING", "参加支援"), Map.entry("OUTREACH", "アウトリーチ"),
			// participation
			Map.entry("MATCHED", "マッチング"), Map.entry("CONTINUING", "フォローアップ: 継続"),
			Map.entry("STRUGGLING", "フォローアップ: 課題あり"), Map.entry("ENDED", "フォローアップ: 終了"),
			// plan
			Map.entry("DRAFT", "策定（作成中）"),
			// household changes, leaving reasons, patterns
			Map.entry("MEMBER_ADDED", "世帯員の追加"), Map.entry("MEMBER_LEFT", "世帯員の離脱"), Map.entry("MOVED", "転居"),
			Map.entry("PATTERNS_REASSESSED", "世帯の課題の再評価"), Map.entry("CONTACT_UPDATED", "連絡先の更新"),
			Map.entry("MOVED_OUT", "転居"), Map.entry("DIED", "死亡"), Map.entry("ENTERED_FACILITY", "施設入所"),
			Map.entry("EIGHTY_FIFTY", "8050"), Map.entry("DOUBLE_CARE", "ダブルケア"), Map.entry("YOUNG_CARER", "ヤングケアラー"),
			Map.entry("HIKIKOMORI", "ひきこもり"), Map.entry("ELDERLY_ALONE", "高齢単身"),
			Map.entry("POVERTY_WITH_DISABILITY", "生活困窮と障害"));

	private TimelineSummary() {
	}

	static String of(TimelineKind kind, String status, List<String> codes, List<Field> categories, Agency agency,
			Agency toAgency, String detail) {
		String text = switch (kind) {
			case CASE -> switch (status) {
				case "OPENED" -> "ケース開始（"
						+ codes.stream().map(code -> Field.of(code).label()).collect(Collectors.joining("・")) + "）";
				case "REOPENED" -> "ケース再開";
				default -> "ケース終結";
			};
			case CONSULTATION -> "相談（" + channel(status) + "）: " + labels(codes);
			case REFERRAL -> "つなぎ（" + label(status) + "）: " + name(agency) + " → " + name(toAgency);
			case VISIT -> "訪問: " + label(status);
			case SIGNAL -> "気づき（" + label(status) + "）";
			case MEETING -> (codes.isEmpty() ? "会議"
					: codes.stream().map(code -> MeetingKind.valueOf(code).label()).collect(Collectors.joining("・")))
					+ ": " + MeetingDecision.valueOf(status).label();
			case PLAN -> "支援プラン: " + ("DRAFT".equals(status) ? label(status) : MeetingDecision.valueOf(status).label());
			case CONSENT ->
				"情報共有の" + label(status) + "（" + categories.stream().map(Field::label).collect(Collectors.joining("・"))
						+ "／" + labels(codes) + "）";
			case PARTICIPATION -> "参加支援（" + String.join("・", codes) + "）: " + label(status);
			case HOUSEHOLD -> label(status) + (codes.isEmpty() ? "" : "（" + labels(codes) + "）");
			case ASSESSMENT ->
				"アセスメント（" + codes.stream().map(code -> Field.of(code).label()).collect(Collectors.joining("・")) + "）";
		};
		return detail == null || detail.isBlank() ? text : text + " — " + detail;
	}

	private static String name(Agency agency) {
		return agency == null ? "（不明）" : agency.name();
	}

	/** A consultation's channel in the words of the vocabulary (相談会 included). */
	private static String channel(String code) {
		return Arrays.stream(ConsultationChannel.values())
			.filter(channel -> channel.name().equals(code))
			.findFirst()
			.map(ConsultationChannel::label)
			.orElse(label(code));
	}

	private static String label(String code) {
		return code == null ? "" : CODES.getOrDefault(code, code);
	}

	private static String labels(List<String> codes) {
		return codes.stream().map(TimelineSummary::label).collect(Collectors.joining("・"));
	}

}
