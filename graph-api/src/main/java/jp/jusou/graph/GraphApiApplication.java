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

	public static void main(String[] args) {
		if (ImportCommand.isImport(args)) {
			System.exit(ImportCommand.run(GraphApiApplication.class, args, System.out));
		}
		SpringApplication.run(GraphApiApplication.class, args);
	}

}
