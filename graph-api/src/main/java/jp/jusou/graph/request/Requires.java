package jp.jusou.graph.request;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a GraphQL handler asks of the one who calls it, checked (and a refusal audited)
 * when its {@link AccessSubject} argument is resolved, before the handler runs:
 * person-level data first (a role that does case work, and a declared purpose), then the
 * roles.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Requires {

	/** Person-level data: a role that does case work, and a declared purpose of use. */
	boolean personLevel() default false;

	/** One of these roles; none: any signed-in staff member. */
	Role[] anyRole() default {};

}
