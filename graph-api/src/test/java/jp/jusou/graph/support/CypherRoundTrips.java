package jp.jusou.graph.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.BaseSession;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.util.ClassUtils;

/**
 * Counts Cypher statements sent through the driver, by wrapping the Driver bean and the
 * sessions and transactions it hands out. Lets tests assert one query per top-level field
 * and one per batch level.
 */
@TestComponent
public class CypherRoundTrips implements BeanPostProcessor {

	private final AtomicInteger statements = new AtomicInteger();

	private final AtomicInteger transactions = new AtomicInteger();

	private final List<AccessMode> sessionModes = new CopyOnWriteArrayList<>();

	public int count() {
		return statements.get();
	}

	/**
	 * Transactions begun since the last reset: explicit ones and the driver's managed
	 * executeRead/executeWrite.
	 */
	public int transactions() {
		return transactions.get();
	}

	/**
	 * Access modes of the sessions opened since the last reset (READ lets a cluster route
	 * to followers).
	 */
	public List<AccessMode> sessionModes() {
		return List.copyOf(sessionModes);
	}

	public void reset() {
		statements.set(0);
		transactions.set(0);
		sessionModes.clear();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Driver driver) {
			return wrap(driver);
		}
		return bean;
	}

	private Object wrap(Object target) {
		InvocationHandler handler = (proxy, method, args) -> {
			// the audit linker links events, and the shipper copies the audit journal
			// into the chain, after the requests, in the background: not a request's
			// round trip
			String thread = Thread.currentThread().getName();
			boolean counted = !thread.equals("audit-linker") && !thread.equals("audit-shipper");
			if (counted && method.getName().equals("run")) {
				statements.incrementAndGet();
			}
			if (counted && target instanceof BaseSession && (method.getName().equals("beginTransaction")
					|| method.getName().startsWith("executeRead") || method.getName().startsWith("executeWrite"))) {
				transactions.incrementAndGet();
			}
			if (counted && method.getName().equals("session") && args != null) {
				Arrays.stream(args)
					.filter(SessionConfig.class::isInstance)
					.map(config -> ((SessionConfig) config).defaultAccessMode())
					.forEach(sessionModes::add);
			}
			Object result = invoke(target, method, args);
			if (result instanceof QueryRunner || result instanceof BaseSession) {
				return wrap(result);
			}
			return result;
		};
		Class<?>[] interfaces = ClassUtils.getAllInterfaces(target);
		Class<?>[] driverInterfaces = Arrays.stream(interfaces)
			.filter(type -> type.getPackageName().startsWith("org.neo4j.driver"))
			.toArray(Class<?>[]::new);
		return Proxy.newProxyInstance(Driver.class.getClassLoader(), driverInterfaces, handler);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
