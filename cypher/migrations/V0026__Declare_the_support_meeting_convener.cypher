// Declares the agency flag by which a municipality names the body that convenes its 支援会議
// (社会福祉法 第106条の6: the municipality's meeting; in 000 the 区 convenes it while 多機関協働 is
// contracted out), so the named queries plan without an "unknown property" notification on a graph
// where no agency carries it yet (see V0013). No data stays.
CREATE (v:VocabularyDeclaration {convenesSupportMeetings: false})
WITH v
DELETE v;
