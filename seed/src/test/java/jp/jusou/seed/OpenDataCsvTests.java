package jp.jusou.seed;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenDataCsvTests {

	@Test
	void readsJapaneseHeadersWithOrWithoutAByteOrderMark() throws Exception {
		List<Map<String, String>> rows = OpenDataCsv.read(new StringReader("\uFEFF名称,住所,電話番号\nこども家庭センター,東栄町3番46号,\n"));
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row).containsEntry("名称", "こども家庭センター").containsEntry("住所", "東栄町3番46号");
			assertThat(row.get("電話番号")).isNull();
		});
	}

	@Test
	void splitsMultiValuedCells() {
		assertThat(OpenDataCsv.list("月;水、金")).containsExactly("月", "水", "金");
		assertThat(OpenDataCsv.list(null)).isEmpty();
	}

	@Test
	void everyDemoAgencyHasTheColumnsTheLoaderNeeds() {
		assertThat(DemoCityLoader.agencies()).hasSize(57).allSatisfy(agency -> {
			assertThat(agency.get("field")).isIn("CARE", "DISABILITY", "CHILD", "POVERTY", "HEALTH", "EDUCATION",
					"CONSUMER", "OTHER");
			assertThat((List<?>) agency.get("areas")).isNotEmpty();
			assertThat(agency.get("approximate")).isEqualTo(true);
		});
		// The agencies that run a component of the 事業 are run directly or contracted out;
		// a hospital or a
		// school the seed cases name runs none.
		assertThat(DemoCityLoader.agencies()).filteredOn(agency -> !((List<?>) agency.get("components")).isEmpty())
			.hasSize(51)
			.allSatisfy(agency -> assertThat(agency.get("operation")).isIn("DIRECT", "CONTRACTED"));
		assertThat(DemoCityLoader.agencies()).extracting(agency -> agency.get("kind"))
			.contains("消費生活センター", "障害者就業・生活支援センター", "福祉事務所", "医療機関", "学校", "社会福祉協議会");
	}

}
