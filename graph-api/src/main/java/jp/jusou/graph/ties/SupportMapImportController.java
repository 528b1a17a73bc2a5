package jp.jusou.graph.ties;

import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.ties.SupportMapImportInputs.ImportSupportMapInput;
import jp.jusou.graph.ties.SupportMapImportInputs.SupportMapFileInput;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** A resident 作成会's 支えあいマップ: checked, then imported with the reviewer's decisions. */
@Controller
record SupportMapImportController(SupportMapImports imports) {

	@QueryMapping
	@Requires(personLevel = true)
	SupportMapImportResult supportMapImportPreview(@Argument SupportMapFileInput input, AccessSubject subject) {
		return imports.preview(subject, input);
	}

	@MutationMapping
	@Requires(personLevel = true)
	SupportMapImportResult importSupportMap(@Argument ImportSupportMapInput input, AccessSubject subject) {
		return imports.importMap(subject, input);
	}

}
