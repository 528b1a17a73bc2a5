package jp.jusou.graph.dataimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import jp.jusou.graph.GraphApiApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import command as an operator runs it
 * ({@code java -jar graph-api.jar import KIND=file …}) on a fresh store: the directory in
 * dependency order whatever the argument order, open data in Shift_JIS, a progress line
 * and a summary per file with every rejected row's line and reason, the dashboard's
 * counts brought up to date after it, and a second run that creates nothing.
 */
class ImportCommandTests {

	@TempDir
	Path files;

	@Test
	void importsTheDirectoryAndOpenDataWithASummaryAndAgainCreatesNothing() throws IOException {
		Path store = Path.of("target/test-graph", UUID.randomUUID().toString());
		Files.writeString(files.resolve("areas.csv"), """
				ID,名称,種別,市区町村名,備考,外周
				area-i1,取込第1圏域,日常生活圏域,例示市,,
				""");
		Files.writeString(files.resolve("agencies.csv"), """
				ID,名称,名称_カナ,種別,分野,号,運営形態,住所,緯度,経度,電話番号,担当圏域,備考
				ag-i1,取込包括（架空）,,地域包括支援センター,CARE,1,委託,例示町1,37.05,139.05,,area-i1,架空
				""");
		Files.writeString(files.resolve("staff.csv"), """
				ID,氏名,ユーザー名,所属機関ID,役割,OIDCサブジェクト
				st-i1,取込 一郎,torikomi1,ag-i1,AGENCY_STAFF,
				st-i2,取込 二郎,torikomi2,ag-i1,CHIEF,
				""");
		Files.write(files.resolve("events.csv"), """
				全国地方公共団体コード,ID,イベント名,開始時間,終了時間,場所名称,住所,緯度,経度,利用可能曜日
				072028,i-01,取込サロン（架空）,１０：００,１１：３０,例示集会所（架空）,例示町1,37.05,139.05,月～金
				""".getBytes(Charset.forName("windows-31j")));
		String[] args = { "import", "STAFF=" + files.resolve("staff.csv"), "EVENTS=" + files.resolve("events.csv"),
				"AGENCIES=" + files.resolve("agencies.csv"), "AREAS=" + files.resolve("areas.csv"),
				"--spring.profiles.active=test", "--jusou.embedded.data-directory=" + store };

		ByteArrayOutputStream first = new ByteArrayOutputStream();
		assertThat(ImportCommand.run(GraphApiApplication.class, args,
				new PrintStream(first, true, StandardCharsets.UTF_8)))
			.isZero();
		String output = first.toString(StandardCharsets.UTF_8);
		assertThat(output).containsSubsequence("圏域 ← ", "支援関係機関 ← ", "職員 ← ", "イベント一覧 ← ");
		assertThat(output).contains("100% 1 / 1");
		assertThat(output).contains("read 2, imported 1, rejected 1").contains("line 3: 役割 CHIEF");
		assertThat(output).contains("イベント一覧").contains("read 1, imported 1, rejected 0, new nodes 2");
		assertThat(output).contains("dashboard counts brought up to date");

		ByteArrayOutputStream second = new ByteArrayOutputStream();
		assertThat(ImportCommand.run(GraphApiApplication.class, args,
				new PrintStream(second, true, StandardCharsets.UTF_8)))
			.isZero();
		assertThat(second.toString(StandardCharsets.UTF_8)).contains("new nodes 0").doesNotContain("new nodes 1");
	}

	@Test
	void aMissingFileOrAnUnknownKindSaysSo() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImportCommand.run(GraphApiApplication.class, new String[] { "import", "PARKS=parks.csv" },
				new PrintStream(out, true, StandardCharsets.UTF_8)))
			.isEqualTo(2);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("unknown dataset PARKS").contains("usage: import");

		ByteArrayOutputStream missing = new ByteArrayOutputStream();
		assertThat(ImportCommand.run(GraphApiApplication.class,
				new String[] { "import", "STAFF=" + files.resolve("none.csv"), "--spring.profiles.active=test",
						"--jusou.embedded.data-directory=target/test-graph/" + UUID.randomUUID() },
				new PrintStream(missing, true, StandardCharsets.UTF_8)))
			.isEqualTo(1);
		assertThat(missing.toString(StandardCharsets.UTF_8)).contains("no such file");
	}

}
