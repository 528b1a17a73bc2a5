package jp.jusou.seed;

import java.util.List;
import java.util.Map;

/**
 * The Digital Agency's 自治体標準オープンデータセット files the importer reads, what each becomes in the
 * graph, and the column names in use for each item (the 2021 layout first, e.g. 住所, then
 * the later one, e.g. 所在地_連結表記). A column is found under any of its names.
 */
public enum OpenDataset {

	/** 公共施設一覧 → Resource {kind: PUBLIC_FACILITY}. */
	PUBLIC_FACILITIES("公共施設一覧", "PUBLIC_FACILITY"),
	/** 子育て施設一覧 → Resource {kind: CHILDCARE_FACILITY}. */
	CHILDCARE_FACILITIES("子育て施設一覧", "CHILDCARE_FACILITY"),
	/** 介護サービス事業所一覧 → Resource {kind: CARE_SERVICE}. */
	CARE_SERVICES("介護サービス事業所一覧", "CARE_SERVICE"),
	/** イベント一覧 → Activity held at a Resource {kind: EVENT_VENUE} for its 場所名称. */
	EVENTS("イベント一覧", "EVENT_VENUE");

	/** Column names by item, in the order they are tried. */
	static final Map<String, List<String>> COLUMNS = Map.ofEntries(
			Map.entry("id", List.of("ID", "NO", "事業所番号", "イベントID")),
			Map.entry("municipalityCode", List.of("全国地方公共団体コード", "所在地_全国地方公共団体コード")),
			Map.entry("name", List.of("名称", "イベント名", "事業所名称", "施設名")),
			Map.entry("nameKana", List.of("名称_カナ", "イベント名_カナ", "事業所名称_カナ")),
			Map.entry("address", List.of("住所", "所在地_連結表記", "所在地", "場所住所")),
			Map.entry("latitude", List.of("緯度", "場所緯度")), Map.entry("longitude", List.of("経度", "場所経度")),
			Map.entry("phone", List.of("電話番号", "連絡先電話番号")),
			Map.entry("kind", List.of("種別", "サービスの種類", "介護サービスの種類", "施設種別")),
			Map.entry("weekdays", List.of("利用可能曜日", "開催曜日")), Map.entry("startTime", List.of("開始時間")),
			Map.entry("endTime", List.of("終了時間")), Map.entry("startDate", List.of("開始日", "開催開始日")),
			Map.entry("endDate", List.of("終了日", "開催終了日")), Map.entry("venue", List.of("場所名称", "会場名")),
			Map.entry("capacity", List.of("定員", "募集人数")), Map.entry("description", List.of("説明", "概要", "内容")),
			Map.entry("note", List.of("備考")));

	private final String title;

	private final String resourceKind;

	OpenDataset(String title, String resourceKind) {
		this.title = title;
		this.resourceKind = resourceKind;
	}

	public String title() {
		return title;
	}

	public String resourceKind() {
		return resourceKind;
	}

	/** By enum name or by the Japanese title (e.g. 公共施設一覧). */
	public static OpenDataset of(String name) {
		for (OpenDataset dataset : values()) {
			if (dataset.name().equalsIgnoreCase(name.strip()) || dataset.title.equals(name.strip())) {
				return dataset;
			}
		}
		throw new IllegalArgumentException("unknown dataset " + name + "; one of PUBLIC_FACILITIES (公共施設一覧),"
				+ " CHILDCARE_FACILITIES (子育て施設一覧), CARE_SERVICES (介護サービス事業所一覧), EVENTS (イベント一覧)");
	}

}
