// make_corpus: reproducible benchmark corpora of any size from data/*.txt.
//
//   make_corpus --out DIR --bytes N [--article-bytes 3000] [--seed 1]
//               [--dated 0.8] [--years 1] [--swap 0.15] [--data DIR]
//   make_corpus --single-line FILE --bytes N [--seed 1] [--data DIR]
//
// Each article takes the headline of one seed article, a byline with a
// dateline (for a share --dated of the articles: archives mostly have one),
// then runs of consecutive body paragraphs from random seed articles until
// it reaches about --article-bytes. The article is dated in one of --years
// years from 2020 (default: a year of news), every date of its text moved
// with it by a whole number of weeks (weekdays stay true); with
// probability --swap an office holder is swapped for the predecessor or
// successor (in a year of news, mostly one holds the office). The same seed gives
// the same bytes. Files are DIR/NNNNNN.txt: short names, so that a 200 MB
// corpus still fits on one command line.
//
// --single-line writes one file of N bytes with no line break at all (the
// seed texts joined by spaces): the pathological input of the issue.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "karabakh_diff/date.h"

namespace fs = std::filesystem;

namespace {

struct Seed {
  std::string headline;
  std::vector<std::string> body;  // paragraphs of at least kMinParagraph bytes
};

constexpr size_t kMinParagraph = 80;

std::vector<std::string> paragraphs_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line, cur;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += (cur.empty() ? "" : "\n") + line;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

std::vector<Seed> read_seeds(const fs::path& dir) {
  std::vector<fs::path> paths;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".txt") paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  std::vector<Seed> seeds;
  for (const fs::path& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::vector<std::string> paras = paragraphs_of(ss.str());
    if (paras.empty()) continue;
    Seed s;
    s.headline = paras.front();
    for (size_t i = 1; i < paras.size(); ++i)
      if (paras[i].size() >= kMinParagraph && paras[i] != s.headline) s.body.push_back(paras[i]);
    if (!s.body.empty()) seeds.push_back(std::move(s));
  }
  return seeds;
}

// Office holders that may stand in for each other (same side and office):
// full names, then the short forms.
struct Swap {
  const char* a_full;
  const char* b_full;
  const char* a_short;
  const char* b_short;
};
const Swap kSwaps[] = {{"Mevlut Cavusoglu", "Hakan Fidan", "Cavusoglu", "Fidan"},
                       {"Hulusi Akar", "Yasar Guler", "Akar", "Guler"},
                       {"Sergei Shoigu", "Andrei Belousov", "Shoigu", "Belousov"}};

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
}

const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};
const char* const kWeekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                 "Friday", "Saturday", "Sunday"};

// Moves "October 1", "Nov. 7" and "01 October 2020" by `days` (a multiple of
// 7). Month-day dates without a year are moved as if in `year`.
std::string shift_dates(const std::string& text, int year, int days) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] < 'A' || text[i] > 'S') {  // no month name starts here
      out += text[i++];
      continue;
    }
    bool done = false;
    for (int m = 0; m < 12 && !done; ++m) {
      const std::string full = kMonths[m], abbr = full.substr(0, 3) + ".";
      for (const std::string& name : {full, abbr}) {
        if (text.compare(i, name.size(), name) != 0) continue;
        size_t j = i + name.size();
        if (j >= text.size() || text[j] != ' ') continue;
        size_t k = j + 1;
        while (k < text.size() && k < j + 3 && std::isdigit(static_cast<unsigned char>(text[k])))
          ++k;
        if (k == j + 1 || (k < text.size() && std::isdigit(static_cast<unsigned char>(text[k]))))
          continue;  // no day, or a year ("March 2021")
        const int day = std::atoi(text.substr(j + 1, k - j - 1).c_str());
        if (day < 1 || day > kd::days_in_month(year, m + 1)) continue;
        const kd::Date d = kd::Date::from_days(kd::Date{year, m + 1, day}.days() + days);
        out += std::string(kMonths[d.month - 1]) + " " + std::to_string(d.day);
        i = k;
        done = true;
        break;
      }
    }
    if (!done) out += text[i++];
  }
  return out;
}

int usage() {
  std::fprintf(stderr,
               "usage: make_corpus --out DIR --bytes N [--article-bytes 3000] [--seed 1] "
               "[--dated 0.8] [--years 1] [--swap 0.15] [--data DIR]\n"
               "       make_corpus --single-line FILE --bytes N [--seed 1] [--data DIR]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string out_dir, single, data = KD_SOURCE_DIR "/data";
  double bytes = 0, article_bytes = 3000, dated = 0.8, swap = 0.15;
  int years = 1;
  unsigned seed = 1;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i], v = argv[i + 1];
    if (a == "--out")
      out_dir = v;
    else if (a == "--single-line")
      single = v;
    else if (a == "--bytes")
      bytes = std::atof(v.c_str());
    else if (a == "--article-bytes")
      article_bytes = std::atof(v.c_str());
    else if (a == "--seed")
      seed = static_cast<unsigned>(std::atoi(v.c_str()));
    else if (a == "--dated")
      dated = std::atof(v.c_str());
    else if (a == "--years")
      years = std::max(1, std::atoi(v.c_str()));
    else if (a == "--swap")
      swap = std::atof(v.c_str());
    else if (a == "--data")
      data = v;
    else
      return usage();
  }
  if ((out_dir.empty() == single.empty()) || bytes <= 0 || argc % 2 == 0) return usage();
  const std::vector<Seed> seeds = read_seeds(data);
  if (seeds.empty())
    return std::fprintf(stderr, "make_corpus: no articles in %s\n", data.c_str()), 1;
  std::mt19937_64 rng(seed);
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };

  if (!single.empty()) {
    std::ofstream out(single, std::ios::binary);
    size_t written = 0;
    while (written < bytes) {
      const Seed& s = seeds[pick(seeds.size())];
      std::string p = s.body[pick(s.body.size())] + " ";
      for (char& c : p)
        if (c == '\n' || c == '\r') c = ' ';
      if (written + p.size() > bytes) p.resize(static_cast<size_t>(bytes) - written);
      out << p;
      written += p.size();
    }
    return out ? 0 : 1;
  }

  fs::create_directories(out_dir);
  std::uniform_real_distribution<double> unit(0, 1);
  double total = 0;
  for (size_t n = 0; total < bytes; ++n) {
    const Seed& head = seeds[pick(seeds.size())];
    // The seeds tell of autumn 2020: their dates move by whole weeks to a
    // day of the article's year.
    const int year = 2020 + static_cast<int>(pick(static_cast<size_t>(years)));
    const kd::Date when =
        kd::Date{year, 1 + static_cast<int>(pick(12)), 1 + static_cast<int>(pick(28))};
    const int weeks = static_cast<int>((when.days() - kd::Date{2020, 10, 15}.days()) / 7);
    std::string top = head.headline + "\n\n";
    if (unit(rng) < dated)
      top += "By Seed Wire | " + std::string(kWeekdays[when.weekday()]) + ", " +
             std::to_string(when.day) + " " + kMonths[when.month - 1] + " " +
             std::to_string(when.year) + "\n\n";
    std::string text;
    while (top.size() + text.size() < article_bytes) {
      const Seed& s = seeds[pick(seeds.size())];
      const size_t first = pick(s.body.size());
      const size_t run = 2 + pick(3);
      for (size_t k = first;
           k < s.body.size() && k < first + run && top.size() + text.size() < article_bytes; ++k)
        text += s.body[k] + "\n\n";
    }
    text = top + shift_dates(text, 2020, weeks * 7);
    for (const Swap& w : kSwaps) {
      if (unit(rng) >= swap) continue;
      // Through placeholders, so that no name is swapped twice.
      const std::string from[] = {w.a_full, w.b_full, w.a_short, w.b_short};
      const std::string to[] = {w.b_full, w.a_full, w.b_short, w.a_short};
      for (int k = 0; k < 4; ++k)
        replace_all(text, from[k], std::string(1, static_cast<char>(k + 1)));
      for (int k = 0; k < 4; ++k)
        replace_all(text, std::string(1, static_cast<char>(k + 1)), to[k]);
    }
    char name[32];
    std::snprintf(name, sizeof name, "%06zu.txt", n);
    std::ofstream out(fs::path(out_dir) / name, std::ios::binary);
    out << text;
    if (!out) return std::fprintf(stderr, "make_corpus: cannot write %s\n", name), 1;
    total += static_cast<double>(text.size());
  }
  return 0;
}
