package jp.jusou.graph.dataimport;

import java.io.PrintStream;

import jp.jusou.seed.Progress;

/**
 * A one-line progress bar on a terminal, redrawn in place:
 * {@code 職員 [########------------] 40% 400 / 1000}. Where the output is not a terminal (a
 * log file, CI) it prints a line per quarter instead of redrawing.
 */
final class ProgressBar implements Progress {

	private static final int WIDTH = 30;

	private final PrintStream out;

	private final boolean terminal;

	private long lastQuarter = -1;

	ProgressBar(PrintStream out, boolean terminal) {
		this.out = out;
		this.terminal = terminal;
	}

	@Override
	public void report(String step, long done, long total) {
		long percent = total == 0 ? 100 : done * 100 / total;
		int filled = (int) (percent * WIDTH / 100);
		String line = "  %s [%s%s] %3d%% %,d / %,d".formatted(step, "#".repeat(filled), "-".repeat(WIDTH - filled),
				percent, done, total);
		if (terminal) {
			out.print("\r" + line + (done >= total ? "\n" : ""));
			out.flush();
		}
		else if (percent / 25 != lastQuarter || done >= total) {
			lastQuarter = percent / 25;
			out.println(line);
		}
	}

}
