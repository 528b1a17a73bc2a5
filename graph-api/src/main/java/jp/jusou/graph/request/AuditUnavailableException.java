package jp.jusou.graph.request;

/**
 * The audit record of a write could not be appended, so the write was rolled back:
 * nothing was recorded.
 */
public class AuditUnavailableException extends RuntimeException {

	public AuditUnavailableException(Throwable cause) {
		super("The audit log could not be written, so nothing was recorded; send the same request again"
				+ " (監査ログを記録できなかったため、何も記録していません。同じ操作をもう一度お試しください)", cause);
	}

}
