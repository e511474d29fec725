// End-to-end tests of the real binary writing where it cannot (issue #8): a
// reader that goes away (`| head -1` must end quietly, no message, no core
// dump), a full disk (one-line error, exit 2, no partial file), a closed
// standard output.
#include <fcntl.h>
#include <sys/stat.h>

#include <csignal>

#include "badinput_util.h"

namespace kd::testing {
namespace {

const char* kSeeds =
    "data/000_d8b6bdfa25336eff.txt data/001_241556ccb3234d5d.txt "
    "data/002_f153d9323a63ad09.txt data/003_4cc61a2a5a4223e5.txt "
    "data/004_9167b2b24af47697.txt";

// The seed 40 times: megabytes of JSON, far more than a pipe buffer holds.
std::string many_seeds() {
  std::string args = "--format json";
  for (int i = 0; i < 40; ++i) args += std::string(" ") + kSeed;
  return args;
}

class BadOutputTest : public EndToEndTest {
 protected:
  struct Death {
    int status = 0;
    std::string err;
  };

  // Runs the binary on the seeds with stdout a pipe whose read end is
  // already closed: the very first write fails. SIGPIPE is at its default,
  // or ignored (as some parents leave it) when `ignore_sigpipe`.
  Death write_into_closed_pipe(bool ignore_sigpipe) {
    int fds[2];
    EXPECT_EQ(pipe(fds), 0);
    close(fds[0]);
    const fs::path err = tmp_ / "io" / "stderr";
    const pid_t pid = fork();
    if (pid == 0) {
      std::signal(SIGPIPE, ignore_sigpipe ? SIG_IGN : SIG_DFL);  // survives exec
      const int e = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (dup2(fds[1], 1) < 0 || dup2(e, 2) < 0 || chdir(KD_SOURCE_DIR) != 0) _exit(126);
      execl(KD_BINARY, KD_BINARY, "data/000_d8b6bdfa25336eff.txt", "data/001_241556ccb3234d5d.txt",
            static_cast<char*>(nullptr));
      _exit(127);
    }
    close(fds[1]);
    Death d;
    EXPECT_EQ(waitpid(pid, &d.status, 0), pid);
    d.err = slurp(err);
    return d;
  }
};

TEST_F(BadOutputTest, ClosedPipeEndsQuietlyBySigpipe) {
  Death d = write_into_closed_pipe(false);
  EXPECT_TRUE(WIFSIGNALED(d.status)) << d.status;
  if (WIFSIGNALED(d.status)) {
    EXPECT_EQ(WTERMSIG(d.status), SIGPIPE);
    EXPECT_FALSE(WCOREDUMP(d.status));
  }
  EXPECT_EQ(d.err, "");
}

TEST_F(BadOutputTest, ClosedPipeWithSigpipeIgnoredEndsQuietlyWith141) {
  Death d = write_into_closed_pipe(true);
  ASSERT_TRUE(WIFEXITED(d.status)) << d.status;
  EXPECT_EQ(WEXITSTATUS(d.status), 141);  // what a shell shows for a SIGPIPE death
  EXPECT_EQ(d.err, "");
}

TEST_F(BadOutputTest, PipeIntoHeadPrintsNothingElse) {
  // As typed by a user (pipefail off): head's line, nothing on stderr.
  const fs::path out = tmp_ / "io" / "head", err = tmp_ / "io" / "stderr";
  auto pipe_into_head = [&](const std::string& args) {
    const std::string cmd = "cd '" KD_SOURCE_DIR "' && '" KD_BINARY "' " + args + " 2> " +
                            sh_quote(err.string()) + " | head -1 > " + sh_quote(out.string());
    EXPECT_EQ(std::system(cmd.c_str()), 0);
  };
  pipe_into_head(kSeeds);
  EXPECT_EQ(slurp(out).rfind("karabakh-diff: 5 articles, ", 0), 0u) << slurp(out);
  EXPECT_EQ(lines_of(slurp(out)).size(), 1u);
  EXPECT_EQ(slurp(err), "");
  pipe_into_head(many_seeds());  // megabytes: the binary does hit the closed pipe
  EXPECT_EQ(slurp(out), "{\n");
  EXPECT_EQ(slurp(err), "");
}

TEST_F(BadOutputTest, StdoutOnFullDisk) {
  Outcome r = run(kSeeds, "", "> /dev/full");
  EXPECT_EQ(r.err,
            "karabakh-diff: error: standard output: cannot write: No space left on device\n");
  EXPECT_EQ(r.code, 2);
  Outcome closed = run(kSeeds, "", ">&-");
  EXPECT_EQ(closed.err,
            "karabakh-diff: error: standard output: cannot write: Bad file descriptor\n");
  EXPECT_EQ(closed.code, 2);
}

TEST_F(BadOutputTest, OutputFileOnFullDevice) {
  Outcome r = run(std::string("-o /dev/full ") + kSeeds);
  EXPECT_EQ(r.err, "karabakh-diff: error: /dev/full: cannot write: No space left on device\n");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  // Written in place, not replaced by a regular file (root may rename over it).
  struct stat st;
  ASSERT_EQ(stat("/dev/full", &st), 0);
  EXPECT_TRUE(S_ISCHR(st.st_mode));
}

TEST_F(BadOutputTest, OutputToStdoutByName) {
  // -o /dev/stdout writes to the descriptor: the /dev/stdout link stays,
  // and a file opened with >> is appended to, not replaced.
  Outcome plain = run(kSeeds);
  const fs::path log = tmp_ / "io" / "log";
  std::ofstream(log) << "earlier line\n";
  Outcome r = run(std::string("-o /dev/stdout ") + kSeeds, "", ">> " + sh_quote(log.string()));
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.code, plain.code);
  EXPECT_EQ(slurp(log), "earlier line\n" + plain.out);
  struct stat st;
  ASSERT_EQ(lstat("/dev/stdout", &st), 0);
  EXPECT_TRUE(S_ISLNK(st.st_mode));
}

TEST_F(BadOutputTest, OutputFileOnFullFilesystemLeavesNoPartialFile) {
  // A 64 KiB tmpfs; the output is megabytes. Needs mount rights (root in CI).
  const fs::path small = tmp_ / "small";
  fs::create_directories(small);
  const std::string mount = "mount -t tmpfs -o size=64k kd_test_full " + sh_quote(small.string());
  if (std::system((mount + " 2>/dev/null").c_str()) != 0)
    GTEST_SKIP() << "cannot mount a small tmpfs here (not root, or no mount rights)";
  const fs::path report = small / "report.json";
  std::ofstream(report) << "previous report\n";
  Outcome r = run("-o " + sh_quote(report.string()) + " " + many_seeds());
  std::vector<std::string> left;
  for (const auto& e : fs::directory_iterator(small)) left.push_back(e.path().filename());
  const std::string kept = slurp(report);
  std::system(("umount " + sh_quote(small.string())).c_str());
  EXPECT_EQ(r.err, "karabakh-diff: error: " + report.string() +
                       ": cannot write: No space left on device\n");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(left, std::vector<std::string>{"report.json"});  // no temporary left
  EXPECT_EQ(kept, "previous report\n");                      // the old file untouched
}

}  // namespace
}  // namespace kd::testing
