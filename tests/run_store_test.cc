// RunStore, the run whose documents wait in a temporary file: every
// streamed renderer gives the bytes of the in-memory run and renderers,
// for any number of jobs, for results redone with the facts of the run,
// and with --event.
#include "karabakh_diff/run_store.h"

#include <gtest/gtest.h>

#include "karabakh_diff/output.h"
#include "karabakh_diff/render.h"

namespace kd {
namespace {

const std::vector<std::string> kSeeds = {
    KD_SOURCE_DIR "/data/000_d8b6bdfa25336eff.txt", KD_SOURCE_DIR "/data/001_241556ccb3234d5d.txt",
    KD_SOURCE_DIR "/data/002_f153d9323a63ad09.txt", KD_SOURCE_DIR "/data/003_4cc61a2a5a4223e5.txt",
    KD_SOURCE_DIR "/data/004_9167b2b24af47697.txt", KD_SOURCE_DIR "/data/no-such-file.txt"};

std::string streamed(const AnalysisSource& source, const std::string& format) {
  StringSink out;
  Status s = format == "json"    ? write_json(source, out)
             : format == "jsonl" ? write_jsonl(source, out)
             : format == "csv"   ? write_csv(source, out)
                                 : write_text(source, {false, 100}, out);
  EXPECT_TRUE(s.ok());
  return out.text;
}

std::string in_memory(const Analysis& a, const std::string& format) {
  if (format == "json") return render_json(a);
  if (format == "jsonl") return render_jsonl(a);
  if (format == "csv") return render_csv(a);
  return render_text(a, {false, 100});
}

TEST(RunStoreTest, AnEventReadsItsReportsReadoutsAndThePositions) {
  // Statements: 0 and 1 readouts of report 0, 2 of report 1; 3 an
  // official statement dated by its frame, 4 one dated by weekday, tied to
  // no event (possible positions); 5 the same but anonymous, 6 official
  // but undated, 7 dated but tied to report 1.
  DocEvidence ev;
  ev.events.resize(2);
  ev.events[0].readouts = {0, 1};
  ev.events[1].readouts = {2, 7};
  ev.statements.resize(8);
  for (size_t i : {0, 1}) ev.statements[i].event = 0;
  for (size_t i : {2, 7}) ev.statements[i].event = 1;
  for (size_t i : {3, 4, 6, 7}) ev.statements[i].source = SourceClass::kOfficial;
  ev.statements[5].source = SourceClass::kAnonymous;
  for (size_t i : {3, 5, 7}) ev.statements[i].said_on = Date{2020, 10, 1};
  ev.statements[4].said_weekday = 3;
  const struct {
    std::vector<uint32_t> reports;
    std::vector<bool> read;
  } cases[] = {
      {{0}, {true, true, false, true, true, false, false, false}},
      {{1}, {false, false, true, true, true, false, false, true}},
      {{0, 1}, {true, true, true, true, true, false, false, true}},
      {{}, {false, false, false, true, true, false, false, false}},
      {{9}, {false, false, false, true, true, false, false, false}},  // no such report
  };
  for (const auto& c : cases) EXPECT_EQ(statements_read(ev, c.reports), c.read);
}

TEST(RunStoreTest, StreamedOutputIsTheInMemoryOutput) {
  // More documents than the renderers' window of 8 per job, so that their
  // buffers are reused.
  std::vector<std::string> paths;
  for (int copy = 0; copy < 6; ++copy) paths.insert(paths.end(), kSeeds.begin(), kSeeds.end());
  for (int jobs : {1, 3}) {
    RunOptions options;
    options.jobs = jobs;
    const Analysis analysis = run(paths, default_lexicon(), options);
    const Comparer comparer(default_lexicon());
    RunStore store(default_lexicon(), comparer, options);
    ASSERT_TRUE(store.process(paths).ok());
    ASSERT_TRUE(store.finish().ok());
    EXPECT_EQ(store.exit_code(), exit_code(analysis));
    EXPECT_EQ(store.diagnostics().size(), analysis.diagnostics.size());
    for (const char* format : {"json", "jsonl", "csv", "text"})
      EXPECT_EQ(streamed(store, format), in_memory(analysis, format)) << format << jobs;
  }
}

TEST(RunStoreTest, ResultsComputedAloneAreRedone) {
  // Each result computed alone (as separate extract runs would), then
  // added: the store redoes those whose guess of the run was wrong.
  const Comparer comparer(default_lexicon());
  const RunOptions options;
  RunStore store(default_lexicon(), comparer, options);
  for (const std::string& p : kSeeds)
    process_documents({p}, default_lexicon(), comparer, options,
                      [&](DocumentResult&& r) { ASSERT_TRUE(store.add(std::move(r)).ok()); });
  ASSERT_TRUE(store.finish().ok());
  EXPECT_EQ(streamed(store, "json"), render_json(run(kSeeds, default_lexicon(), options)));
}

TEST(RunStoreTest, SelectEventKeepsOneEvent) {
  const Comparer comparer(default_lexicon());
  const RunOptions options;
  RunStore store(default_lexicon(), comparer, options);
  ASSERT_TRUE(store.process(kSeeds).ok());
  ASSERT_TRUE(store.finish().ok());
  Analysis analysis = run(kSeeds, default_lexicon(), options);
  ASSERT_TRUE(select_event(analysis, "E2").ok());
  ASSERT_TRUE(store.select_event("E2").ok());
  EXPECT_EQ(streamed(store, "text"), in_memory(analysis, "text"));
  EXPECT_EQ(streamed(store, "json"), in_memory(analysis, "json"));
  EXPECT_FALSE(store.select_event("E99").ok());
}

TEST(RunStoreTest, AtomicFileLeavesNothingUntilCommitted) {
  const std::string path = ::testing::TempDir() + "/atomic-out.txt";
  std::remove(path.c_str());
  {
    AtomicFile file;
    ASSERT_TRUE(file.open(path).ok());
    file.sink().write("half");
  }
  EXPECT_EQ(std::fopen(path.c_str(), "r"), nullptr);
  AtomicFile file;
  ASSERT_TRUE(file.open(path).ok());
  file.sink().write("whole\n");
  ASSERT_TRUE(file.commit().ok());
  std::FILE* f = std::fopen(path.c_str(), "r");
  ASSERT_NE(f, nullptr);
  char buffer[16] = {};
  EXPECT_EQ(std::fread(buffer, 1, sizeof buffer, f), 6u);
  std::fclose(f);
  std::remove(path.c_str());
}

}  // namespace
}  // namespace kd
