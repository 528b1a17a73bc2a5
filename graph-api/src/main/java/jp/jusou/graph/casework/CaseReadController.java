package jp.jusou.graph.casework;

import jp.jusou.graph.casework.CaseReads.CasePage;
import jp.jusou.graph.casework.CaseReads.MemberCases;
import jp.jusou.graph.household.Member;
import jp.jusou.graph.request.AccessSubject;
import jp.jusou.graph.request.Requires;
import jp.jusou.graph.support.Arguments;
import jp.jusou.graph.support.Cursor;
import jp.jusou.graph.support.QueryLimits;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code case(id)}, {@code Member.cases} and {@code myCases}: cases read back. */
@Controller
record CaseReadController(CaseReads cases, QueryLimits limits) {

	@QueryMapping(name = "case")
	@Requires(personLevel = true)
	CaseRecord caseById(@Argument String id, AccessSubject subject) {
		return cases.caseById(subject, Arguments.id("id", id));
	}

	@QueryMapping
	@Requires(personLevel = true)
	CasePage myCases(@Argument String status, @Argument Integer first, @Argument String after, AccessSubject subject) {
		int pageSize = Arguments.pageSize("first", first == null ? 20 : first, limits.maxPageSize());
		return cases.myCases(subject, status, pageSize, Cursor.decode("after", CaseReads.CURSOR_KIND, after));
	}

	@SchemaMapping(typeName = "Member")
	MemberCases cases(Member member, AccessSubject subject) {
		return cases.casesOf(subject, member.id());
	}

}
