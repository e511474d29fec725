// RunStore's binary record reads back exactly what an extract line would:
// the seeds' results, a path with invalid UTF-8, the original bytes kept
// or skipped on request, the part one event's comparison reads, and a
// truncated record refused.
#include "pipeline_record.h"

#include <gtest/gtest.h>

#include "karabakh_diff/jsonl.h"

namespace kd {
namespace {

const std::vector<std::string> kSeeds = {
    KD_SOURCE_DIR "/data/000_d8b6bdfa25336eff.txt", KD_SOURCE_DIR "/data/001_241556ccb3234d5d.txt",
    KD_SOURCE_DIR "/data/002_f153d9323a63ad09.txt", KD_SOURCE_DIR "/data/003_4cc61a2a5a4223e5.txt",
    KD_SOURCE_DIR "/data/004_9167b2b24af47697.txt"};

// The result as its extract line (which holds every field the record does).
std::string as_line(const DocumentResult& r) { return extract_line(r); }

TEST(PipelineRecordTest, DecodesWhatTheExtractLineReadsBack) {
  const Lexicon& lexicon = default_lexicon();
  const Comparer comparer(lexicon);
  std::vector<DocumentResult> results;
  process_documents(kSeeds, lexicon, comparer, {},
                    [&](DocumentResult&& r) { results.push_back(std::move(r)); });
  ASSERT_EQ(results.size(), kSeeds.size());
  results[1].document.doc.path = "bad\xff\xfe-name.txt";  // replaced by U+FFFD in both
  results[1].document.statements.at(0).id = "bad\xc3:1";
  results[2].source = std::string("raw \x00\xff bytes", 13);
  results[3].source = std::string(300, 'y');
  for (const DocumentResult& r : results) {
    ASSERT_FALSE(r.error);
    std::string bytes;
    record::encode(r, bytes);
    Result<DocumentResult> expected = parse_extract_line(as_line(r));
    ASSERT_TRUE(expected.ok());
    DocumentResult with, without;
    ASSERT_TRUE(record::decode(bytes, with, record::Parts::kAll));
    ASSERT_TRUE(record::decode(bytes, without, record::Parts::kNoSource));
    EXPECT_EQ(as_line(with), as_line(expected.value()));
    EXPECT_EQ(with.source, expected.value().source);
    EXPECT_FALSE(without.source);
    ASSERT_FALSE(with.evidence.named.empty());
    ASSERT_FALSE(with.evidence.events.empty());
    // The core (all but the source bytes) is enough for the readers that
    // skip them, and not for the others.
    const std::string_view core = std::string_view(bytes).substr(0, record::core_size(r, bytes));
    // The source's presence byte, its length (one or two bytes) and bytes.
    const size_t length_bytes = r.source && r.source->size() >= 128 ? 2 : 1;
    EXPECT_EQ(bytes.size() - core.size(), r.source ? 1 + length_bytes + r.source->size() : 1);
    DocumentResult from_core;
    ASSERT_TRUE(record::decode(core, from_core, record::Parts::kNoSource));
    EXPECT_EQ(as_line(from_core), as_line(without));
    EXPECT_FALSE(record::decode(core, from_core, record::Parts::kAll));
    // The comparison of an event reads the reports it draws on and the
    // statements statements_read() names, nothing else.
    for (uint32_t k = 0; k < with.evidence.events.size(); ++k) {
      SCOPED_TRACE("report " + std::to_string(k));
      DocumentResult compared, compared_core;
      ASSERT_TRUE(record::decode_for_event(bytes, {k}, compared));
      ASSERT_TRUE(record::decode_for_event(core, {k}, compared_core));
      EXPECT_EQ(as_line(compared_core), as_line(compared));
      EXPECT_FALSE(compared.source);
      EXPECT_TRUE(compared.evidence.named.empty());
      EXPECT_TRUE(compared.evidence.choices.empty());
      const std::vector<bool> read = statements_read(with.evidence, {k});
      ASSERT_EQ(compared.document.statements.size(), with.document.statements.size());
      size_t kept = 0;
      for (size_t i = 0; i < read.size(); ++i) {
        kept += read[i];
        if (read[i]) continue;
        EXPECT_TRUE(compared.document.statements[i].id.empty()) << i;
        compared.document.statements[i] = with.document.statements[i];
      }
      EXPECT_GE(kept, with.evidence.events[k].readouts.size());
      ASSERT_EQ(compared.evidence.events.size(), with.evidence.events.size());
      for (size_t j = 0; j < with.evidence.events.size(); ++j) {
        if (j == k) continue;
        EXPECT_TRUE(compared.evidence.events[j].participants.empty()) << j;
        compared.evidence.events[j] = with.evidence.events[j];
      }
      compared.evidence.named = with.evidence.named;
      compared.evidence.choices = with.evidence.choices;
      compared.source = with.source;
      EXPECT_EQ(as_line(compared), as_line(with));
    }
    ASSERT_EQ(with.document.doc.diagnostics.size(),
              expected.value().document.doc.diagnostics.size());
    for (size_t i = 0; i < with.document.doc.diagnostics.size(); ++i)
      EXPECT_EQ(with.document.doc.diagnostics[i].path, with.document.doc.path);
    DocumentResult cut;
    EXPECT_FALSE(record::decode(std::string_view(bytes).substr(0, bytes.size() - 1), cut,
                                record::Parts::kAll));
  }
}

}  // namespace
}  // namespace kd
