// The comparer's stopwords (see is_stopword in compare_text.h).
#include <cstdint>
#include <cstring>
#include <string_view>

#include "compare_text.h"

namespace kd::cmp {

namespace {

// A word of at most 5 bytes as one integer, so that the stopword test is a
// few integer comparisons, not string compares: its bytes in memory order
// (as a little-endian load of them gives, see is_stopword_chunk) in the low
// 40 bits, its length above them.
constexpr uint64_t pack_word(std::string_view w) {
  uint64_t key = 0;
  for (size_t i = 0; i < w.size(); ++i)
    key |= uint64_t{static_cast<unsigned char>(w[i])} << (8 * i);
  return key | static_cast<uint64_t>(w.size()) << 48;
}

// The stopwords, packed. A linear scan of them was 1% of a run: they are
// looked up by a multiplicative hash into 128 slots instead, with a
// multiplier found at compile time so that no two of them share a slot.
constexpr uint64_t kStop[] = {
    pack_word("the"),   pack_word("a"),     pack_word("an"),    pack_word("of"),
    pack_word("to"),    pack_word("in"),    pack_word("on"),    pack_word("at"),
    pack_word("for"),   pack_word("from"),  pack_word("by"),    pack_word("with"),
    pack_word("and"),   pack_word("or"),    pack_word("its"),   pack_word("their"),
    pack_word("his"),   pack_word("her"),   pack_word("this"),  pack_word("that"),
    pack_word("these"), pack_word("those"), pack_word("is"),    pack_word("are"),
    pack_word("was"),   pack_word("were"),  pack_word("be"),    pack_word("been"),
    pack_word("as"),    pack_word("it"),    pack_word("s"),     pack_word("has"),
    pack_word("have"),  pack_word("had"),   pack_word("about"), pack_word("into"),
    pack_word("over"),  pack_word("upon")};

constexpr unsigned stop_slot(uint64_t key, uint64_t multiplier) {
  return static_cast<unsigned>((key * multiplier) >> 57);
}

constexpr uint64_t stop_multiplier() {
  for (uint64_t m = 1;; ++m) {
    const uint64_t multiplier = m * 0x9E3779B97F4A7C15u | 1;
    bool used[128] = {};
    bool ok = true;
    for (uint64_t k : kStop) {
      const unsigned s = stop_slot(k, multiplier);
      ok = ok && !used[s];
      used[s] = true;
    }
    if (ok) return multiplier;
  }
}

struct StopTable {
  uint64_t multiplier = stop_multiplier();
  uint64_t slots[128] = {};  // packed word or 0 (no word packs to 0: the length is in it)
  constexpr StopTable() {
    for (uint64_t k : kStop) slots[stop_slot(k, multiplier)] = k;
  }
};

constexpr StopTable kStopTable;

}  // namespace

bool is_stopword(std::string_view w) {
  if (w.empty() || w.size() > 5) return false;  // the longest is "these", "those", "their", "about"
  uint64_t chunk = 0;
  std::memcpy(&chunk, w.data(), w.size());
  return is_stopword_chunk(chunk, w.size());
}

bool is_stopword_chunk(uint64_t chunk, size_t n) {
  if (n == 0 || n > 5) return false;
  static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "pack_word() is memory order");
  const uint64_t key = (chunk & ((uint64_t{1} << (8 * n)) - 1)) | static_cast<uint64_t>(n) << 48;
  return kStopTable.slots[stop_slot(key, kStopTable.multiplier)] == key;
}

}  // namespace kd::cmp
