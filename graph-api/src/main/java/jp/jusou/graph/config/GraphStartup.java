package jp.jusou.graph.config;

import java.time.Clock;
import java.time.LocalDate;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import jp.jusou.graph.kept.KeptFactsRebuild;
import jp.jusou.seed.DemoCityLoader;
import jp.jusou.seed.SyntheticCity;
import jp.jusou.seed.SyntheticCityImporter;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Brings the graph up to date before the service answers: applies the versioned
 * migrations from {@code classpath:neo4j/migrations} (the {@code cypher/} module), then
 * loads the demo city once when {@code jusou.demo.load} is true (the default for the
 * embedded run), and a synthetic city of {@code jusou.synthetic.persons} persons when
 * that is above zero (ids {@code syn-*}; re-running with the same size and seed writes
 * nothing new); then keeps the facts derived on write (the isolation label, the
 * dashboard's counts) by deciding them afresh where a bulk load or a new rule requires
 * it.
 */
@Component
public class GraphStartup implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(GraphStartup.class);

	/** Every demo user's password (README, "Demo users"). */
	static final String DEMO_PASSWORD = "demo";

	private final Driver driver;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final String database;

	private final boolean loadDemo;

	private final int syntheticPersons;

	private final long syntheticSeed;

	private final KeptFactsRebuild keptFacts;

	GraphStartup(Driver driver, KeptFactsRebuild keptFacts, PasswordEncoder passwordEncoder, Clock clock,
			@Value("${spring.data.neo4j.database:neo4j}") String database,
			@Value("${jusou.demo.load:true}") boolean loadDemo,
			@Value("${jusou.synthetic.persons:0}") int syntheticPersons,
			@Value("${jusou.synthetic.seed:42}") long syntheticSeed) {
		this.driver = driver;
		this.keptFacts = keptFacts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.database = database;
		this.loadDemo = loadDemo;
		this.syntheticPersons = syntheticPersons;
		this.syntheticSeed = syntheticSeed;
	}

	@Override
	public void afterPropertiesSet() {
		applyMigrations();
		boolean bulkLoaded = false;
		if (loadDemo) {
			bulkLoaded |= loadDemoCityOnce();
		}
		if (syntheticPersons > 0) {
			bulkLoaded |= importSyntheticCity();
		}
		// writes keep the derived facts one by one; bulk loads do not
		keptFacts.keep(bulkLoaded);
	}

	private void applyMigrations() {
		MigrationsConfig config = MigrationsConfig.builder()
			.withLocationsToScan("classpath:neo4j/migrations")
			.withDatabase(database)
			.build();
		new Migrations(config, driver).apply()
			.ifPresent(version -> log.info("Graph schema at migration version {}", version.getValue()));
	}

	/** True when it loaded the demo city now. */
	private boolean loadDemoCityOnce() {
		DemoCityLoader loader = new DemoCityLoader(driver, database);
		if (loader.isLoaded()) {
			log.info("Demo city already loaded; keeping the stored graph");
			return false;
		}
		long started = System.nanoTime();
		loader.load(LocalDate.now(clock), passwordEncoder.encode(DEMO_PASSWORD));
		log.info("Demo city loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
		return true;
	}

	/** True when it wrote part of a synthetic city now. */
	private boolean importSyntheticCity() {
		SyntheticCity city = new SyntheticCity(syntheticPersons, syntheticSeed, LocalDate.now(clock));
		log.info("Importing a synthetic city of about {} persons (seed {})", syntheticPersons, syntheticSeed);
		SyntheticCityImporter.ImportSummary summary = new SyntheticCityImporter(driver, database).importCity(city,
				(step, done, total) -> log.info("Synthetic city: {} {} / {} ({}%)", step, done, total,
						total == 0 ? 100 : done * 100 / total));
		summary.otherPartialImports()
			.forEach(partial -> log.warn("An earlier import was stopped part-way: {}", partial));
		if (summary.alreadyComplete()) {
			log.info("Synthetic city of {} persons (seed {}) was imported completely before; nothing to do",
					syntheticPersons, syntheticSeed);
			return false;
		}
		if (summary.resumedFromChunk() > 0) {
			log.warn("The synthetic import of {} persons (seed {}) had stopped after chunk {}; resumed from there",
					syntheticPersons, syntheticSeed, summary.resumedFromChunk());
		}
		log.info(
				"Synthetic city imported: {} persons, {} nodes and {} relationships created in {} ms"
						+ " ({} nodes/s, {} relationships/s)",
				summary.persons(), summary.nodesCreated(), summary.relationshipsCreated(), summary.millis(),
				Math.round(summary.nodesPerSecond()), Math.round(summary.relationshipsPerSecond()));
		return true;
	}

}
