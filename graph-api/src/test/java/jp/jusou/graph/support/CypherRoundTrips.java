package jp.jusou.graph.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.BaseSession;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryRunner;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.util.ClassUtils;

/**
 * Counts Cypher statements sent through the driver, by wrapping the Driver bean and the sessions and
 * transactions it hands out. Lets tests assert one query per top-level field and one per batch level.
 */
@TestComponent
public class CypherRoundTrips implements BeanPostProcessor {

	private final AtomicInteger statements = new AtomicInteger();

	public int count() {
		return statements.get();
	}

	public void reset() {
		statements.set(0);
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
			if (method.getName().equals("run")) {
				statements.incrementAndGet();
			}
			Object result = invoke(target, method, args);
			if (result instanceof QueryRunner || result instanceof BaseSession) {
				return wrap(result);
			}
			return result;
		};
		Class<?>[] interfaces = ClassUtils.getAllInterfaces(target);
		Class<?>[] driverInterfaces = Arrays.stream(interfaces)
			.filter(type -> type.getPackageName().equals("org.neo4j.driver"))
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
