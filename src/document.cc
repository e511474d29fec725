#include "karabakh_diff/document.h"

#include <algorithm>

namespace kd {

void OffsetMap::add(uint32_t text_pos, uint32_t orig_pos) {
  if (!points_.empty()) {
    const Point& last = points_.back();
    // Skip points that the previous linear run already predicts.
    if (orig_pos - text_pos == last.orig - last.text && text_pos >= last.text) return;
    if (last.text == text_pos) {
      points_.back().orig = orig_pos;
      return;
    }
  }
  points_.push_back({text_pos, orig_pos});
}

uint32_t OffsetMap::to_original(uint32_t text_pos) const {
  auto it = std::upper_bound(points_.begin(), points_.end(), text_pos,
                             [](uint32_t pos, const Point& p) { return pos < p.text; });
  if (it == points_.begin()) return text_pos;
  --it;
  return it->orig + (text_pos - it->text);
}

}  // namespace kd
