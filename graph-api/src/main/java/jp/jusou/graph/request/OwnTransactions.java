package jp.jusou.graph.request;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code Query} handler that opens its own read transactions, one for each page of a
 * walk that may outlast one transaction's time limit (auditChain over a year's log):
 * {@link RootFieldTransactions} puts none around it. It reads no person's data (no audit
 * record waits on its transaction). Not allowed on a {@code Mutation}: a write is one
 * transaction.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OwnTransactions {

}
