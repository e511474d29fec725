// The binary record RunStore keeps per document in its temporary file
// (private to the pipeline): what the extract line holds (jsonl.h), in a
// form that is read back many times per run at memcpy speed instead of
// being parsed as JSON (the JSON parse was most of the run's time).
//
// Contract: decode(encode(r)) equals parse_extract_line(extract_line(r))
// for every result that is not an error: the same fields, the strings with
// invalid UTF-8 replaced by U+FFFD as the JSON writer does, Statement::event
// unset, Document texts, sentences and offsets dropped. The record is only
// read by the process that wrote it: no versioning, native byte order.
#ifndef KARABAKH_DIFF_SRC_PIPELINE_RECORD_H_
#define KARABAKH_DIFF_SRC_PIPELINE_RECORD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "karabakh_diff/pipeline.h"

namespace kd::record {

// Appends the record of `result` (whose error is unset) to `out`.
void encode(const DocumentResult& result, std::string& out);

// The length of the core of `record`, the encode() of `result`: all of it
// but the source bytes at its end. Readers that skip the source (decode()
// without them, decode_for_event()) need only the core.
size_t core_size(const DocumentResult& result, std::string_view record);

// What decode() fills in: everything, or all but the source bytes (most
// readers never need them).
enum class Parts { kAll, kNoSource };
// Decodes the `parts` of a record into `out`. False when `bytes` is not a
// whole record (or, for kNoSource, its core).
bool decode(std::string_view bytes, DocumentResult& out, Parts parts);

// Decodes what the comparison of an event drawing on the document's
// reports `reports` reads (DocumentSource::load): the other reports and
// statements are left empty, the source bytes, the names counted and the
// office holders chosen (which only the per-document step weighs) are not
// read. False when `bytes` is not a whole record or its core.
bool decode_for_event(std::string_view bytes, const std::vector<uint32_t>& reports,
                      DocumentResult& out);

}  // namespace kd::record

#endif  // KARABAKH_DIFF_SRC_PIPELINE_RECORD_H_
