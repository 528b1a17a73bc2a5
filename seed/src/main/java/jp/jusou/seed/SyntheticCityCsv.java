package jp.jusou.seed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link SyntheticCity} as the CSV files of {@code neo4j-admin database import}
 * (one file per node label and per relationship type and its end labels, typed headers,
 * string ids in one id space per label, lists separated by {@code ;}): the same graph
 * {@link SyntheticCityImporter} writes with Cypher, for a first load into an empty store
 * at the import tool's speed. The import's progress marker is written as finished, so a
 * start after the load finds the city complete.
 */
public final class SyntheticCityCsv {

	/**
	 * What was written: the import tool's arguments naming the files
	 * ({@code --nodes=Label=file}, {@code --relationships=TYPE=file}), the nodes and
	 * relationships in them, and how long it took.
	 */
	public record Written(List<String> importArguments, long nodes, long relationships, long persons, long millis) {
	}

	private static final String POINT = "location:point{crs:WGS-84}";

	private final Path directory;

	/** The files, by name (one per label, one per relationship type and end labels). */
	private final Map<String, Table> tables = new LinkedHashMap<>();

	private SyntheticCityCsv(Path directory) {
		this.directory = directory;
	}

	/**
	 * Writes the city into {@code directory} (created if missing), reporting households
	 * written.
	 */
	public static Written write(SyntheticCity city, Path directory, Progress progress) {
		long started = System.nanoTime();
		try {
			Files.createDirectories(directory);
			SyntheticCityCsv csv = new SyntheticCityCsv(directory);
			long persons = csv.writeCity(city, progress);
			List<String> arguments = new ArrayList<>();
			long nodeCount = 0;
			long relationshipCount = 0;
			for (Table table : csv.tables.values()) {
				table.close();
				arguments.add(table.option + "=" + table.file);
				if (table.option.startsWith("--nodes")) {
					nodeCount += table.rows;
				}
				else {
					relationshipCount += table.rows;
				}
			}
			return new Written(arguments, nodeCount, relationshipCount, persons,
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private long writeCity(SyntheticCity city, Progress progress) throws IOException {
		for (Map<String, Object> area : city.areas()) {
			node("Area", "id:ID(Area)", "name", "kind", "municipality").row(area.get("id"), area.get("name"),
					area.get("kind"), area.get("municipality"));
		}
		Map<String, Object> agencyFields = new HashMap<>();
		for (Map<String, Object> agency : city.agencies()) {
			agencyFields.put((String) agency.get("id"), agency.get("field"));
			node("Agency", "id:ID(Agency)", "name", "field", "components:int[]", "operation", POINT,
					"locationApproximate:boolean")
				.row(agency.get("id"), agency.get("name"), agency.get("field"), agency.get("components"),
						agency.get("operation"), point(agency), true);
		}
		for (Map<String, Object> resource : city.resources()) {
			node("Resource", "id:ID(Resource)", "name", "kind", "locationApproximate:boolean", POINT)
				.row(resource.get("id"), resource.get("name"), resource.get("kind"), true, point(resource));
			relationship("IN_AREA", "Resource", "Area").row(resource.get("id"), resource.get("area"));
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> activities = (List<Map<String, Object>>) resource.get("activities");
			for (Map<String, Object> activity : activities) {
				node("Activity", "id:ID(Activity)", "name", "weekdays:string[]", "startTime", "endTime",
						"targetAgeMin:int", "targetAgeMax:int")
					.row(activity.get("id"), activity.get("name"), activity.get("weekdays"), activity.get("startTime"),
							activity.get("endTime"), activity.get("targetAgeMin"), activity.get("targetAgeMax"));
				relationship("HELD_AT", "Activity", "Resource").row(activity.get("id"), resource.get("id"));
			}
		}
		int households = city.householdCount();
		int chunks = (households + SyntheticCityImporter.HOUSEHOLDS_PER_CHUNK - 1)
				/ SyntheticCityImporter.HOUSEHOLDS_PER_CHUNK;
		long persons = 0;
		for (int index = 0; index < chunks; index++) {
			SyntheticCity.Chunk chunk = city.chunk(index, SyntheticCityImporter.HOUSEHOLDS_PER_CHUNK);
			writeChunk(chunk, agencyFields);
			persons += chunk.persons.size();
			progress.report("CSV households",
					Math.min((long) (index + 1) * SyntheticCityImporter.HOUSEHOLDS_PER_CHUNK, households), households);
		}
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		node("ImportProgress", "id:ID(ImportProgress)", "kind", "persons:int", "seed:long", "chunks:int",
				"chunksDone:int", "startedAt:datetime", "finishedAt:datetime")
			.row("synthetic-" + city.persons() + "-" + city.seed(), "synthetic", city.persons(), city.seed(), chunks,
					chunks, now, now);
		return persons;
	}

	private void writeChunk(SyntheticCity.Chunk chunk, Map<String, Object> agencyFields) throws IOException {
		for (Map<String, Object> household : chunk.households) {
			node("Household", "id:ID(Household)", POINT, "locationApproximate:boolean", "patterns:string[]",
					"fictional:boolean")
				.row(household.get("id"), point(household), true, household.get("patterns"), true);
			relationship("IN_AREA", "Household", "Area").row(household.get("id"), household.get("area"));
		}
		for (Map<String, Object> person : chunk.persons) {
			node("Person", "id:ID(Person)", "name", "birthYear:int", "fictional:boolean").row(person.get("id"),
					person.get("name"), person.get("birthYear"), true);
			relationship("MEMBER_OF", "Person", "Household", "relation", "dependant:boolean").row(person.get("id"),
					person.get("household"), person.get("relation"), person.get("dependant"));
		}
		for (Map<String, Object> row : chunk.cases) {
			node("Case", "id:ID(Case)", "field", "fields:string[]", "status", "opened:date", "closed:date").row(
					row.get("id"), row.get("field"), List.of(row.get("field")), row.get("status"), row.get("opened"),
					row.get("closed"));
			relationship("HOLDS", "Agency", "Case").row(row.get("agency"), row.get("id"));
			relationship("ABOUT", "Case", "Person").row(row.get("id"), row.get("person"));
		}
		for (Map<String, Object> row : chunk.plans) {
			node("SupportPlan", "id:ID(SupportPlan)", "status", "created:date", "monitoringDate:date")
				.row(row.get("id"), row.get("status"), row.get("created"), row.get("monitoringDate"));
			relationship("FOR", "SupportPlan", "Household").row(row.get("id"), row.get("household"));
			relationship("COORDINATES", "Agency", "SupportPlan").row(SyntheticCity.COORDINATOR_ID, row.get("id"));
		}
		for (Map<String, Object> row : chunk.roles) {
			node("PlanRole", "id:ID(PlanRole)", "field", "role", "since:date").row(row.get("id"),
					agencyFields.get(row.get("agency")), row.get("role"), row.get("since"));
			relationship("ASSIGNS", "SupportPlan", "PlanRole").row(row.get("plan"), row.get("id"));
			relationship("TO", "PlanRole", "Agency").row(row.get("id"), row.get("agency"));
			relationship("CONCERNS", "PlanRole", "Person").row(row.get("id"), row.get("person"));
		}
		for (Map<String, Object> row : chunk.meetings) {
			node("Meeting", "id:ID(Meeting)", "kind", "kinds:string[]", "confidential:boolean", "date:date").row(
					row.get("id"), row.get("kind"), List.of(row.get("kind")), "SUPPORT_MEETING".equals(row.get("kind")),
					row.get("date"));
			relationship("CONVENED", "Agency", "Meeting").row(SyntheticCity.COORDINATOR_ID, row.get("id"));
			relationship("DISCUSSED", "Meeting", "Household", "personIds:string[]").row(row.get("id"),
					row.get("household"), row.get("personIds"));
			for (Object attendee : distinct(row.get("attendees"))) {
				relationship("ATTENDED", "Agency", "Meeting").row(attendee, row.get("id"));
			}
		}
		for (Map<String, Object> row : chunk.consents) {
			node("Consent", "id:ID(Consent)", "decision", "categories:string[]", "purposes:string[]", "validFrom:date",
					"validTo:date", "verification")
				.row(row.get("id"), "PERMIT", row.get("categories"), row.get("purposes"), row.get("validFrom"),
						row.get("validTo"), "SIGNED");
			relationship("SUBJECT", "Consent", "Person").row(row.get("id"), row.get("person"));
			relationship("GRANTED_BY", "Consent", "Person").row(row.get("id"), row.get("person"));
			for (Object grantee : distinct(row.get("grantees"))) {
				relationship("GRANTS_TO", "Consent", "Agency").row(row.get("id"), grantee);
			}
		}
		for (Map<String, Object> row : chunk.visits) {
			node("Visit", "id:ID(Visit)", "date:date", "outcome").row(row.get("id"), row.get("date"),
					row.get("outcome"));
			relationship("MADE_VISIT", "Agency", "Visit").row(row.get("agency"), row.get("id"));
			relationship("TO", "Visit", "Household").row(row.get("id"), row.get("household"));
		}
		for (Map<String, Object> row : chunk.participations) {
			relationship("TAKES_PART_IN", "Person", "Activity").row(row.get("person"), row.get("activity"));
		}
	}

	/** As the Cypher import's MERGE: a list's repeated ids make one relationship. */
	private static Set<Object> distinct(Object list) {
		return new LinkedHashSet<>((List<?>) list);
	}

	private static String point(Map<String, Object> row) {
		return String.format(Locale.ROOT, "{latitude:%s, longitude:%s}", row.get("latitude"), row.get("longitude"));
	}

	private Table node(String label, String... header) throws IOException {
		return table("--nodes=" + label, label.toLowerCase(Locale.ROOT), header);
	}

	private Table relationship(String type, String from, String to, String... properties) throws IOException {
		String[] header = new String[properties.length + 2];
		header[0] = ":START_ID(" + from + ")";
		header[1] = ":END_ID(" + to + ")";
		System.arraycopy(properties, 0, header, 2, properties.length);
		return table("--relationships=" + type, (type + "-" + from + "-" + to).toLowerCase(Locale.ROOT), header);
	}

	private Table table(String option, String fileName, String[] header) throws IOException {
		Table table = tables.get(fileName);
		if (table == null) {
			table = new Table(option, directory.resolve(fileName + ".csv"), header);
			tables.put(fileName, table);
		}
		return table;
	}

	/**
	 * One CSV file: its header, then rows; lists joined with {@code ;}, absent values
	 * left empty.
	 */
	private static final class Table {

		private static final Function<Object, Object> CELL = value -> value instanceof List<?> list
				? String.join(";", list.stream().map(String::valueOf).toList()) : value;

		/** The import tool's option this file goes with, e.g. {@code --nodes=Person}. */
		final String option;

		final Path file;

		final CSVPrinter printer;

		long rows;

		Table(String option, Path file, String[] header) throws IOException {
			this.option = option;
			this.file = file;
			BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
			// an empty field is no property; an empty list is one too (the import tool
			// writes no empty list)
			this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
			printer.printRecord((Object[]) header);
		}

		void row(Object... values) throws IOException {
			for (Object value : values) {
				printer.print(CELL.apply(value));
			}
			printer.println();
			rows++;
		}

		void close() throws IOException {
			printer.close();
		}

	}

}
