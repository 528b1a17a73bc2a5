package jp.jusou.graph.config;

import java.time.Clock;
import java.time.LocalDate;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import jp.jusou.seed.DemoCityLoader;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Brings the graph up to date before the service answers: applies the versioned migrations from
 * {@code classpath:neo4j/migrations} (the {@code cypher/} module), then loads the demo city once when
 * {@code jusou.demo.load} is true (the default for the embedded run).
 */
@Component
public class GraphStartup implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(GraphStartup.class);

	private final Driver driver;

	private final Clock clock;

	private final String database;

	private final boolean loadDemo;

	GraphStartup(Driver driver, Clock clock, @Value("${spring.data.neo4j.database:neo4j}") String database,
			@Value("${jusou.demo.load:true}") boolean loadDemo) {
		this.driver = driver;
		this.clock = clock;
		this.database = database;
		this.loadDemo = loadDemo;
	}

	@Override
	public void afterPropertiesSet() {
		applyMigrations();
		if (loadDemo) {
			loadDemoCityOnce();
		}
	}

	private void applyMigrations() {
		MigrationsConfig config = MigrationsConfig.builder()
			.withLocationsToScan("classpath:neo4j/migrations")
			.withDatabase(database)
			.build();
		new Migrations(config, driver).apply()
			.ifPresent(version -> log.info("Graph schema at migration version {}", version.getValue()));
	}

	private void loadDemoCityOnce() {
		DemoCityLoader loader = new DemoCityLoader(driver, database);
		if (loader.isLoaded()) {
			log.info("Demo city already loaded; keeping the stored graph");
			return;
		}
		long started = System.nanoTime();
		loader.load(LocalDate.now(clock));
		log.info("Demo city loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
	}
}
