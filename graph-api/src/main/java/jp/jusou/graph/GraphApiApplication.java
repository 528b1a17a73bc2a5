package jp.jusou.graph;

import jp.jusou.graph.dataimport.ImportCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The GraphQL service over the 重層的支援 knowledge graph; with {@code import} as its first
 * argument, the CSV import command instead ({@link ImportCommand}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GraphApiApplication {

	/**
	 * Logback is the one logging backend. The embedded database's jar also offers itself
	 * to SLF4J; named, it is neither looked up nor started (its Log4j core: ~400 classes
	 * loaded for nothing, and a warning at every start).
	 */
	static final String LOGGING_PROVIDER = "ch.qos.logback.classic.spi.LogbackServiceProvider";

	public static void main(String[] args) {
		if (System.getProperty("slf4j.provider") == null) {
			System.setProperty("slf4j.provider", LOGGING_PROVIDER);
		}
		if (ImportCommand.isImport(args)) {
			System.exit(ImportCommand.run(GraphApiApplication.class, args, System.out));
		}
		SpringApplication.run(GraphApiApplication.class, args);
	}

}
