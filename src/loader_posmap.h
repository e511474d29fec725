// Offset bookkeeping between the loader's internal stages (private).
//
// PosMap has the same model as kd::OffsetMap (breakpoints where the delta
// changes, linear in between) but exposes its points, so that a later stage
// can walk it with a cursor and compose it with its own edits. The loader
// keeps one PosMap per stage boundary (decoded -> original, NFC -> original)
// and turns the last one into Document::offsets.
#ifndef KARABAKH_DIFF_SRC_LOADER_POSMAP_H_
#define KARABAKH_DIFF_SRC_LOADER_POSMAP_H_

#include <cstdint>
#include <vector>

namespace kd {

class PosMap {
 public:
  struct Point {
    uint32_t dst;  // offset in the stage output
    uint32_t src;  // offset in the original bytes
  };

  // Same contract as OffsetMap::add: increasing `dst`, points predicted by the
  // previous linear run are skipped, a second point at the same `dst` wins.
  void add(uint32_t dst, uint32_t src) {
    if (!points_.empty()) {
      const Point& last = points_.back();
      if (src - dst == last.src - last.dst && dst >= last.dst) return;
      if (last.dst == dst) {
        points_.back().src = src;
        return;
      }
    }
    points_.push_back({dst, src});
  }
  const std::vector<Point>& points() const { return points_; }
  void clear() { points_.clear(); }

  // Monotone lookups in O(1) amortized: positions must not decrease.
  class Cursor {
   public:
    explicit Cursor(const PosMap& map) : points_(map.points_) {}
    uint32_t src(uint32_t dst) {
      last_ = dst;
      while (i_ + 1 < points_.size() && points_[i_ + 1].dst <= dst) ++i_;
      if (points_.empty() || points_[i_].dst > dst) return dst;
      return points_[i_].src + (dst - points_[i_].dst);
    }
    // First breakpoint strictly after the one that covers the last lookup,
    // i.e. where the current linear run ends; `fallback` when none.
    uint32_t run_end(uint32_t fallback) const {
      if (points_.empty()) return fallback;
      if (points_[i_].dst > last_) return points_[i_].dst;  // before the first point
      return i_ + 1 < points_.size() ? points_[i_ + 1].dst : fallback;
    }

   private:
    const std::vector<Point>& points_;
    size_t i_ = 0;
    uint32_t last_ = 0;
  };

 private:
  std::vector<Point> points_;
};

}  // namespace kd

#endif  // KARABAKH_DIFF_SRC_LOADER_POSMAP_H_
