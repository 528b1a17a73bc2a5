package jp.jusou.graph.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started the service where to go next. */
@Component
class ReadyMessage {

	private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

	@EventListener
	void ready(ApplicationReadyEvent event) {
		String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
		String address = event.getApplicationContext().getEnvironment().getProperty("server.address", "localhost");
		log.info(
				"Ready: the workspace at http://{}:{}/ (and GraphiQL at /graphiql unless production; demo users in README.md, e.g. coordinator / demo)",
				"127.0.0.1".equals(address) ? "localhost" : address, port);
	}

}
