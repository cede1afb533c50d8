#include "dedupe.h"

#include <map>

#include "resources.h"
#include "text.h"

namespace titraille {

Document dedupe(Document doc, Resources&) {
  std::map<std::string, int> seen;  // folded text -> first line
  for (Block& b : doc.blocks) {
    if (b.kind != BlockKind::Article && b.kind != BlockKind::Heading) continue;
    std::string key = text::fold_ascii(b.text);
    auto [it, inserted] = seen.emplace(key, b.line);
    if (inserted) continue;
    b.kind = BlockKind::Removed;
    b.reason = "duplicate";
    b.rule = "dedupe:repeats line " + std::to_string(it->second);
  }
  return doc;
}

}  // namespace titraille
