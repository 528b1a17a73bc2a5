package jp.jusou.graph.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jp.jusou.graph.kept.KeptFactsRebuild;
import jp.jusou.seed.OpenDataImporter;
import jp.jusou.seed.OpenDataset;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Imports 自治体標準オープンデータセット CSV files named in {@code jusou.import.files} (comma-separated
 * {@code DATASET=path}, e.g. {@code PUBLIC_FACILITIES=./公共施設一覧.csv}) once the graph is
 * ready: the log shows progress, every rejected row with its line and reason, and the
 * totals; then the dashboard's counts of resources and activities are brought up to date.
 * A file that cannot be read stops the start, so a mistyped path is not mistaken for an
 * empty file.
 */
@Component
class OpenDataImportStartup implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(OpenDataImportStartup.class);

	private final Driver driver;

	private final String database;

	private final List<String> files;

	private final KeptFactsRebuild keptFacts;

	OpenDataImportStartup(GraphStartup graphReady, Driver driver, KeptFactsRebuild keptFacts,
			@Value("${spring.data.neo4j.database:neo4j}") String database,
			@Value("${jusou.import.files:}") List<String> files) {
		this.driver = driver;
		this.keptFacts = keptFacts;
		this.database = database;
		this.files = files;
	}

	@Override
	public void afterPropertiesSet() throws IOException {
		OpenDataImporter importer = new OpenDataImporter(driver, database);
		long imported = 0;
		for (String entry : files) {
			if (entry.isBlank()) {
				continue;
			}
			String[] datasetAndPath = entry.split("=", 2);
			if (datasetAndPath.length != 2) {
				throw new IllegalArgumentException("jusou.import.files: write DATASET=path, e.g."
						+ " PUBLIC_FACILITIES=./公共施設一覧.csv (got " + entry + ")");
			}
			OpenDataset dataset = OpenDataset.of(datasetAndPath[0]);
			Path path = Path.of(datasetAndPath[1].strip());
			{
				OpenDataImporter.Report report = importer.importCsv(dataset, Files.readAllBytes(path),
						path.getFileName().toString(),
						(step, done, total) -> log.info("{}: {} / {} rows written", step, done, total));
				report.rejected()
					.forEach(rejected -> log.warn("{} line {} rejected: {}", path.getFileName(), rejected.line(),
							rejected.reason()));
				log.info("{} ({}): {} rows, {} imported, {} rejected, {} nodes created", path.getFileName(),
						dataset.title(), report.rows(), report.imported(), report.rejected().size(),
						report.nodesCreated());
				imported += report.imported();
			}
		}
		if (imported > 0) {
			keptFacts.afterOpenDataImport();
		}
	}

}
