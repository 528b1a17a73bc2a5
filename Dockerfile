# The service as a container image, layered so that a rebuild after a code change re-sends only the
# application layer. Build the jar first, then the image (README, "Operations"):
#   ./mvnw -Pserver -pl graph-api -am package -Dmaven.test.skip      # the server artifact (NEO4J_URI)
#   docker build -t jusou-graph .
# For the embedded database instead: ./mvnw -pl graph-api -am package -DskipTests and
#   docker build --build-arg JAR=graph-api/target/graph-api-0.1.0-SNAPSHOT.jar -t jusou-graph-embedded .
# (that image bundles Neo4j Community, GPLv3: see NOTICE before passing it on).
FROM eclipse-temurin:17-jre AS layers
ARG JAR=graph-api/target/graph-api-0.1.0-SNAPSHOT-server.jar
WORKDIR /build
COPY ${JAR} application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /var/lib/jusou jusou \
 && mkdir -p /var/lib/jusou/data /var/lib/jusou/audit && chown -R jusou /var/lib/jusou
WORKDIR /var/lib/jusou
COPY --from=layers /build/extracted/dependencies/ /opt/jusou/
COPY --from=layers /build/extracted/spring-boot-loader/ /opt/jusou/
COPY --from=layers /build/extracted/snapshot-dependencies/ /opt/jusou/
COPY --from=layers /build/extracted/application/ /opt/jusou/
COPY LICENSE NOTICE /opt/jusou/
USER jusou
# Listen on every interface inside the container; publish only what you mean to. The audit directory
# (key and checkpoints) belongs on a volume the database's administrators cannot write.
ENV SERVER_ADDRESS=0.0.0.0 \
    MANAGEMENT_ADDRESS=0.0.0.0 \
    SPRING_PROFILES_ACTIVE=production \
    JUSOU_EMBEDDED_DATA_DIRECTORY=/var/lib/jusou/data \
    JUSOU_AUDIT_DIRECTORY=/var/lib/jusou/audit \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=50"
EXPOSE 8080 8081
VOLUME ["/var/lib/jusou/audit"]
ENTRYPOINT ["java", "-cp", "/opt/jusou", "org.springframework.boot.loader.launch.JarLauncher"]
