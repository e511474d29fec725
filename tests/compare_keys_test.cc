// Content keys packed into integers (pack_key / unpack_key of comparer.h).
#include <gtest/gtest.h>

#include "karabakh_diff/comparer.h"

namespace kd {
namespace {

TEST(CompareKeysTest, PackKeyPutsTheFirstByteOnTopAndPadsWithZeros) {
  struct Row {
    const char* key;
    uint64_t packed;
  };
  const Row rows[] = {
      {"", 0},
      {"a", 0x6100000000000000u},
      {"talks", 0x74616C6B73000000u},
      {"abcdefg", 0x6162636465666700u},
      {"abcdefgh", 0x6162636465666768u},
      {"abcdefghij", 0x6162636465666768u},  // only the first eight bytes
      {"\xC3\xA7", 0xC3A7000000000000u},    // bytes, not chars: no sign extension
  };
  for (const Row& r : rows) EXPECT_EQ(pack_key(r.key), r.packed) << r.key;
}

TEST(CompareKeysTest, UnpackKeyGivesBackKeysOfUpToEightBytes) {
  for (const char* key : {"", "a", "talks", "cease", "abcdefgh"})
    EXPECT_EQ(unpack_key(pack_key(key)), key);
  // Packed keys order as the keys do.
  EXPECT_LT(pack_key("talk"), pack_key("talks"));
  EXPECT_LT(pack_key("abz"), pack_key("ac"));
}

}  // namespace
}  // namespace kd
