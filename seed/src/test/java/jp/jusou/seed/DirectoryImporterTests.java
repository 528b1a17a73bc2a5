package jp.jusou.seed;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A municipality's own areas, agencies and staff from CSV into a real embedded Neo4j: bad
 * rows come back with their line and reason, the rest are merged, and importing the same
 * files again changes nothing.
 */
class DirectoryImporterTests {

	@TempDir
	static Path store;

	static EmbeddedNeo4j neo4j;

	static DirectoryImporter importer;

	@BeforeAll
	static void startNeo4j() {
		neo4j = new EmbeddedNeo4j(store);
		neo4j.driver()
			.executableQuery(
					"CREATE CONSTRAINT staff_username IF NOT EXISTS FOR (s:Staff) REQUIRE s.username IS UNIQUE")
			.execute();
		importer = new DirectoryImporter(neo4j.driver(), "neo4j",
				Set.of("COORDINATOR", "CSW", "AGENCY_STAFF", "ADMIN"));
	}

	@AfterAll
	static void stopNeo4j() {
		neo4j.close();
	}

	@Test
	void areasAgenciesAndStaffWithBadRowsAndAgain() throws IOException {
		String areas = """
				ID,名称,種別,市区町村名,備考,外周
				area-x1,例示第1圏域,日常生活圏域,例示市,,37.0 139.0;37.1 139.0;37.1 139.1
				area-x2,例示第2圏域,日常生活圏域,例示市,,
				,名前だけ,日常生活圏域,例示市,,
				""";
		String agencies = """
				ID,名称,名称_カナ,種別,分野,号,運営形態,住所,緯度,経度,電話番号,担当圏域,備考
				ag-x1,例示包括（架空）,,地域包括支援センター,CARE,１,委託,例示町1,３７．０５,139.05,,area-x1,架空
				ag-x2,例示相談（架空）,,相談支援事業所,DISABILITY,1;7,直営,例示町2,37.05,139.05,,area-x2,架空
				ag-x3,例示子ども（架空）,,こども家庭センター,CHILDREN,,直営,例示町3,37.05,139.05,,area-x2,架空
				""";
		String staff = """
				ID,氏名,ユーザー名,所属機関ID,役割,OIDCサブジェクト
				st-x1,例示 一郎,ichiro,ag-x1,AGENCY_STAFF,sub-ichiro
				st-x2,例示 二郎,jiro,ag-x1,COORDINATOR;CSW,
				st-x3,例示 三郎,ichiro,ag-x1,AGENCY_STAFF,
				st-x4,例示 四郎,shiro,ag-none,AGENCY_STAFF,
				st-x5,例示 五郎,goro,ag-x1,BOSS,
				""";
		DirectoryImporter.Report areasReport = importer.importCsv(Directory.AREAS, sjis(areas), Progress.none());
		assertThat(areasReport.imported()).isEqualTo(2);
		assertThat(areasReport.rejected()).singleElement()
			.satisfies(rejected -> assertThat(rejected.line()).isEqualTo(4))
			.satisfies(rejected -> assertThat(rejected.reason()).contains("IDが空"));

		DirectoryImporter.Report agenciesReport = importer.importCsv(Directory.AGENCIES,
				agencies.getBytes(StandardCharsets.UTF_8), Progress.none());
		assertThat(agenciesReport.imported()).isOne();
		assertThat(agenciesReport.rejected()).extracting(OpenDataImporter.Rejected::line).containsExactly(3L, 4L);
		assertThat(agenciesReport.rejected()).extracting(OpenDataImporter.Rejected::reason)
			.anySatisfy(reason -> assertThat(reason).contains("号は1〜6"))
			.anySatisfy(reason -> assertThat(reason).contains("分野が不正"));
		assertThat(neo4j
			.row("MATCH (a:Agency {id: 'ag-x1'})-[:SERVES]->(area:Area) RETURN a.location.latitude AS latitude,"
					+ " a.components AS components, area.id AS area"))
			.containsEntry("latitude", 37.05)
			.containsEntry("components", List.of(1L))
			.containsEntry("area", "area-x1");

		String conveners = """
				ID,名称,名称_カナ,種別,分野,号,運営形態,住所,緯度,経度,電話番号,担当圏域,備考,支援会議の開催
				ag-x1,例示包括（架空）,,地域包括支援センター,CARE,1,委託,例示町1,37.05,139.05,,area-x1,架空,
				ag-x4,例示区役所（架空）,,区役所,OTHER,,直営,例示町4,37.05,139.05,,area-x1,架空,○
				ag-x5,例示窓口（架空）,,相談窓口,OTHER,,直営,例示町5,37.05,139.05,,area-x1,架空,たぶん
				""";
		DirectoryImporter.Report convenersReport = importer.importCsv(Directory.AGENCIES,
				conveners.getBytes(StandardCharsets.UTF_8), Progress.none());
		assertThat(convenersReport.imported()).isEqualTo(2);
		assertThat(convenersReport.rejected()).singleElement()
			.satisfies(rejected -> assertThat(rejected.reason()).contains("支援会議の開催は○か×"));
		assertThat(neo4j.row("""
				MATCH (x1:Agency {id: 'ag-x1'}), (x4:Agency {id: 'ag-x4'})
				RETURN x1.convenesSupportMeetings IS NULL AS unchanged, x4.convenesSupportMeetings AS convenes"""))
			.containsEntry("unchanged", true)
			.containsEntry("convenes", true);

		DirectoryImporter.Report staffReport = importer.importCsv(Directory.STAFF,
				staff.getBytes(StandardCharsets.UTF_8), Progress.none());
		assertThat(staffReport.imported()).isEqualTo(2);
		assertThat(staffReport.rejected()).extracting(OpenDataImporter.Rejected::line).containsExactly(4L, 5L, 6L);
		assertThat(staffReport.rejected()).extracting(OpenDataImporter.Rejected::reason)
			.anySatisfy(reason -> assertThat(reason).contains("重複"))
			.anySatisfy(reason -> assertThat(reason).contains("所属機関IDの機関がありません"))
			.anySatisfy(reason -> assertThat(reason).contains("役割が不正"));
		assertThat(neo4j
			.row("MATCH (s:Staff {id: 'st-x2'})-[:WORKS_AT]->(a:Agency) RETURN s.roles AS roles, a.id AS agency,"
					+ " s.passwordHash IS NULL AS noPassword"))
			.containsEntry("roles", List.of("COORDINATOR", "CSW"))
			.containsEntry("agency", "ag-x1")
			.containsEntry("noPassword", true);

		DirectoryImporter.Report again = importer.importCsv(Directory.STAFF, staff.getBytes(StandardCharsets.UTF_8),
				Progress.none());
		assertThat(again.nodesCreated()).isZero();
		assertThat(again.relationshipsCreated()).isZero();
		assertThat(importer.importCsv(Directory.AREAS, sjis(areas), Progress.none()).nodesCreated()).isZero();
		assertThat(neo4j.count("MATCH (s:Staff) WHERE s.id STARTS WITH 'st-x' RETURN count(s)")).isEqualTo(2);
	}

	/**
	 * 担当圏域 and 配置拠点ID place a CSW in the community: an absent column leaves them, a
	 * listed area is kept on a second import (nothing recreated), one left out goes, a
	 * blank place clears it.
	 */
	@Test
	void staffCoverAreasAndAreStationedAtAPlace() throws IOException {
		importer.importCsv(Directory.AREAS, """
				ID,名称,種別,市区町村名,備考,外周
				area-y1,例示北圏域,日常生活圏域,例示市,,
				area-y2,例示南圏域,日常生活圏域,例示市,,
				""".getBytes(StandardCharsets.UTF_8), Progress.none());
		importer.importCsv(Directory.AGENCIES, """
				ID,名称,名称_カナ,種別,分野,号,運営形態,住所,緯度,経度,電話番号,担当圏域,備考
				ag-y1,例示社協（架空）,,社会福祉協議会,OTHER,4,委託,例示町1,37.05,139.05,,area-y1,架空
				""".getBytes(StandardCharsets.UTF_8), Progress.none());
		neo4j.count("MERGE (r:Resource {id: 'res-y1'}) RETURN count(r)");
		String placed = """
				ID,氏名,ユーザー名,所属機関ID,役割,OIDCサブジェクト,担当圏域,配置拠点ID
				st-y1,例示 花子,hanako-y,ag-y1,CSW,,area-y1;area-y2,res-y1
				""";
		DirectoryImporter.Report first = importer.importCsv(Directory.STAFF, placed.getBytes(StandardCharsets.UTF_8),
				Progress.none());
		assertThat(first.imported()).isOne();
		assertThat(neo4j.row("""
				MATCH (s:Staff {id: 'st-y1'})
				RETURN COLLECT { MATCH (s)-[:COVERS]->(a:Area) RETURN a.id ORDER BY a.id } AS areas,
				       COLLECT { MATCH (s)-[:STATIONED_AT]->(r:Resource) RETURN r.id } AS places"""))
			.containsEntry("areas", List.of("area-y1", "area-y2"))
			.containsEntry("places", List.of("res-y1"));
		assertThat(importer.importCsv(Directory.STAFF, placed.getBytes(StandardCharsets.UTF_8), Progress.none())
			.relationshipsCreated()).as("the same file again").isZero();

		importer.importCsv(Directory.STAFF, """
				ID,氏名,ユーザー名,所属機関ID,役割,OIDCサブジェクト,担当圏域,配置拠点ID
				st-y1,例示 花子,hanako-y,ag-y1,CSW,,area-y2,
				""".getBytes(StandardCharsets.UTF_8), Progress.none());
		assertThat(neo4j.row("""
				MATCH (s:Staff {id: 'st-y1'})
				RETURN COLLECT { MATCH (s)-[:COVERS]->(a:Area) RETURN a.id } AS areas,
				       COLLECT { MATCH (s)-[:STATIONED_AT]->(r:Resource) RETURN r.id } AS places"""))
			.containsEntry("areas", List.of("area-y2"))
			.containsEntry("places", List.of());
		importer.importCsv(Directory.STAFF, """
				ID,氏名,ユーザー名,所属機関ID,役割
				st-y1,例示 花子,hanako-y,ag-y1,CSW
				""".getBytes(StandardCharsets.UTF_8), Progress.none());
		assertThat(neo4j.count("MATCH (:Staff {id: 'st-y1'})-[:COVERS]->(a) RETURN count(a)"))
			.as("no 担当圏域 column: left as they were")
			.isOne();
	}

	private static byte[] sjis(String text) {
		return text.getBytes(Charset.forName("windows-31j"));
	}

}
